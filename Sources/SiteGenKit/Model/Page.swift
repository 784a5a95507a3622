/// A free-standing page such as 联盟简介 or 章程: `Content/pages/*.md`, published at `<slug>/`.
public struct Page: Sendable {
    /// The URL slug (the file name, or `slug:`).
    public var slug: String
    /// The page title.
    public var title: String
    /// Position among pages when listed (lower first).
    public var navOrder: Int?
    /// An optional one-line description.
    public var summary: String?
    /// The body.
    public var body: MarkdownSource
    /// Where the page's front matter starts.
    public var location: SourceLocation

    /// Creates a page.
    public init(slug: String, title: String, navOrder: Int? = nil, summary: String? = nil, body: MarkdownSource, location: SourceLocation) {
        self.slug = slug
        self.title = title
        self.navOrder = navOrder
        self.summary = summary
        self.body = body
        self.location = location
    }
}
