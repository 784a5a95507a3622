/// What a conversion produced.
public struct MarkdownDocument: Sendable {
    /// The HTML, with the links' destinations still open.
    public var html: MarkdownHTML
    /// The plain text of the first paragraph, for summaries.
    public var leadParagraph: String?
    /// Every link and image, in document order.
    public var links: [MarkdownLink]
    /// Every heading, in document order, with the `id` its HTML element gets.
    public var headings: [MarkdownHeading]

    /// Creates a document.
    public init(html: MarkdownHTML, leadParagraph: String?, links: [MarkdownLink], headings: [MarkdownHeading] = []) {
        self.html = html
        self.leadParagraph = leadParagraph
        self.links = links
        self.headings = headings
    }

    /// The HTML with every link's and image's destination replaced by `rewrite(link)`.
    public func html(rewritingLinks rewrite: (MarkdownLink) -> String) -> String {
        html.html { rewrite(links[$0]) }
    }
}
