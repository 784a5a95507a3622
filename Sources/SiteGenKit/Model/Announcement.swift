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
    /// Who wrote it: `author:` (one name or a list) and `authors:`.
    var authors: [String]
    /// Categories from another generator (`categories:`), kept for themes that show them.
    var categories: [String] = []
    /// When a notice stops applying (`expires:`): from then on it is marked 已截止.
    var expires: SiteDate?
    /// The document number of an official notice (`doc_number:`, 文号), e.g. 沪人社职〔2025〕12号.
    var documentNumber: String?
    /// Who issued the notice (`issuer:`, 发文单位), when it is not the alliance itself.
    var issuer: String?
    /// Old addresses of the announcement (`aliases:`), each written as a page that redirects here.
    var aliases: [Alias] = []
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

    /// The moment from which the notice is marked 已截止: the time `expires:` gives, or the end of
    /// its day when it gives none.
    var expiryMoment: SiteDate? {
        guard let expires else { return nil }
        return expires.time == nil ? expires.shifted(byMinutes: 24 * 60) : expires
    }

    /// Whether the notice has expired at `now`.
    func isExpired(at now: SiteDate?) -> Bool {
        guard let now, let moment = expiryMoment else { return false }
        return now >= moment
    }

    /// Creates an announcement.
    init(
        slug: String, title: String, date: SiteDate, summary: String, tags: [String] = [], isDraft: Bool = false,
        authors: [String] = [], source: ExternalSource? = nil, attachments: [Attachment] = [], memberReferences: [Reference] = [],
        initiativeReferences: [Reference] = [], body: MarkdownSource, location: SourceLocation
    ) {
        self.slug = slug
        self.title = title
        self.date = date
        self.summary = summary
        self.tags = tags
        self.isDraft = isDraft
        self.authors = authors
        self.source = source
        self.attachments = attachments
        self.memberReferences = memberReferences
        self.initiativeReferences = initiativeReferences
        self.body = body
        self.location = location
    }
}
