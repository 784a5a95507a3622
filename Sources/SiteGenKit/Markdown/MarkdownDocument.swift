/// What a conversion produced.
struct MarkdownDocument: Sendable {
    /// The HTML, with the links' destinations still open.
    var html: MarkdownHTML
    /// The plain text of the first paragraph, for summaries.
    var leadParagraph: String?
    /// Every link and image, in document order.
    var links: [MarkdownLink]
    /// Every heading, in document order, with the `id` its HTML element gets.
    var headings: [MarkdownHeading]

    /// Creates a document.
    init(html: MarkdownHTML, leadParagraph: String?, links: [MarkdownLink], headings: [MarkdownHeading] = []) {
        self.html = html
        self.leadParagraph = leadParagraph
        self.links = links
        self.headings = headings
    }

    /// The HTML with every link's and image's destination replaced by `rewrite(link)`.
    func html(rewritingLinks rewrite: (MarkdownLink) -> String) -> String {
        html.html { rewrite(links[$0]) }
    }
}
