/// A free-standing page such as 联盟简介 or 章程: `Content/pages/*.md`, published at `<slug>/`.
struct Page: Sendable {
    /// The URL slug (the file name, or `slug:`).
    var slug: String
    /// The page title.
    var title: String
    /// Position among pages when listed (lower first).
    var navOrder: Int?
    /// An optional one-line description.
    var summary: String?
    /// The body.
    var body: MarkdownSource
    /// Where the page's front matter starts.
    var location: SourceLocation
    /// Old addresses of the page (`aliases:`), each written as a page that redirects here.
    var aliases: [Alias] = []

    /// Creates a page.
    init(slug: String, title: String, navOrder: Int? = nil, summary: String? = nil, body: MarkdownSource, location: SourceLocation) {
        self.slug = slug
        self.title = title
        self.navOrder = navOrder
        self.summary = summary
        self.body = body
        self.location = location
    }
}
