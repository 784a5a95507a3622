/// A dated news item or notice: `Content/announcements/*.md`.
public struct Announcement: Sendable {
    /// The URL slug (file name without a leading date, or `slug:`).
    public var slug: String
    /// The headline.
    public var title: String
    /// The publication date.
    public var date: SiteDate
    /// The summary: `summary:` if given, else cut from the first paragraph.
    public var summary: String
    /// Whether the summary was cut from the first paragraph without reaching a sentence end.
    public var summaryIsCutMidSentence: Bool = false
    /// Tags, in the order written.
    public var tags: [String]
    /// Whether it is a draft (left out unless `--drafts`).
    public var isDraft: Bool
    /// Who wrote it.
    public var author: String?
    /// Where it was first published.
    public var source: ExternalSource?
    /// Files attached to it.
    public var attachments: [Attachment]
    /// Members it concerns (`members:`).
    public var memberReferences: [Reference]
    /// Initiatives it concerns (`initiatives:`).
    public var initiativeReferences: [Reference]
    /// The body.
    public var body: MarkdownSource
    /// Indices into ``Site/members`` of the members whose full name the title or text contains,
    /// found when the file was loaded (its text is then let go; the HTML is kept); nil when no
    /// one looked, and the text is still there to look in.
    public var namedMembers: [Int]?
    /// Where the front matter's `title` is, for errors about the whole announcement.
    public var location: SourceLocation

    /// Creates an announcement.
    public init(
        slug: String, title: String, date: SiteDate, summary: String, tags: [String] = [], isDraft: Bool = false,
        author: String? = nil, source: ExternalSource? = nil, attachments: [Attachment] = [], memberReferences: [Reference] = [],
        initiativeReferences: [Reference] = [], body: MarkdownSource, location: SourceLocation
    ) {
        self.slug = slug
        self.title = title
        self.date = date
        self.summary = summary
        self.tags = tags
        self.isDraft = isDraft
        self.author = author
        self.source = source
        self.attachments = attachments
        self.memberReferences = memberReferences
        self.initiativeReferences = initiativeReferences
        self.body = body
        self.location = location
    }
}
