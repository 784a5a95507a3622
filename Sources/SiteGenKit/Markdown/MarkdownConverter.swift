/// Turns Markdown into HTML and tells what the document holds.
///
/// This is the seam between sitegen and its Markdown engine (``CmarkConverter`` in production).
protocol MarkdownConverter: Sendable {
    /// Reads `markdown` once: what it holds, and its HTML with the links' destinations left open
    /// for the page that shows it to fill in (see ``MarkdownHTML``).
    func convert(_ markdown: String, options: MarkdownOptions) -> MarkdownDocument
}
