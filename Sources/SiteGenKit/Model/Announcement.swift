/// A dated news item or notice: `Content/announcements/*.md`.
struct Announcement: Sendable {
    /// The URL slug (file name without a leading date, or `slug:`).
    var slug: String
    /// The headline.
    var title: String
    /// The publication date.
    var date: SiteDate
    /// The summary: `summary:` if given, else cut from the first paragraph.
    var summary: String
    /// Whether the summary was cut from the first paragraph without reaching a sentence end.
    var summaryIsCutMidSentence: Bool = false
    /// Tags, in the order written.
    var tags: [String]
    /// Whether it is a draft (left out unless `--drafts`).
    var isDraft: Bool
    /// Who wrote it.
    var author: String?
    /// Where it was first published.
    var source: ExternalSource?
    /// Files attached to it.
    var attachments: [Attachment]
    /// Members it concerns (`members:`).
    var memberReferences: [Reference]
    /// Initiatives it concerns (`initiatives:`).
    var initiativeReferences: [Reference]
    /// The body.
    var body: MarkdownSource
    /// Indices into ``Site/members`` of the members whose full name the title or text contains,
    /// found when the file was loaded (its text is then let go; the HTML is kept); nil when no
    /// one looked, and the text is still there to look in.
    var namedMembers: [ItemIndex<Member>]?
    /// Where the front matter's `title` is, for errors about the whole announcement.
    var location: SourceLocation

    /// Creates an announcement.
    init(
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
