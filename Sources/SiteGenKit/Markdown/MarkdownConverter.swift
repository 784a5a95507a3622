/// Turns Markdown into HTML and tells what the document holds.
///
/// This is the seam between sitegen and its Markdown engine (``CmarkConverter`` in production).
public protocol MarkdownConverter: Sendable {
    /// Reads `markdown`. When `linkRewriter` is given the HTML is rendered, with every link and
    /// image destination passed through it; without it only the analysis is done.
    func convert(_ markdown: String, options: MarkdownOptions, linkRewriter: ((MarkdownLink) -> String)?) -> MarkdownDocument
}
