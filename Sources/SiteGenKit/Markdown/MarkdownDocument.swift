/// What a conversion produced.
public struct MarkdownDocument: Sendable {
    /// The HTML, or "" when only analysis was asked for.
    public var html: String
    /// The plain text of the first paragraph, for summaries.
    public var leadParagraph: String?
    /// Every link and image, in document order.
    public var links: [MarkdownLink]
    /// Every heading, in document order, with the `id` its HTML element gets.
    public var headings: [MarkdownHeading]

    /// Creates a document.
    public init(html: String, leadParagraph: String?, links: [MarkdownLink], headings: [MarkdownHeading] = []) {
        self.html = html
        self.leadParagraph = leadParagraph
        self.links = links
        self.headings = headings
    }
}
