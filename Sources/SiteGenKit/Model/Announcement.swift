/// A dated news item or notice: `Content/announcements/*.md`.
struct Announcement: Sendable {
    /// What the announcement holds, shared by its copies until one of them changes it: the
    /// builds copy thousands of announcements around (loading, sorting, planning), and a copy of
    /// one reference costs far less than copying twenty fields.
    private final class Storage: @unchecked Sendable {
        var slug: String
        var title: String
        var date: SiteDate
        var summary: String
        var summaryIsCutMidSentence: Bool = false
        var tags: [String] = []
        var isDraft: Bool = false
        var authors: [String] = []
        var categories: [String] = []
        var expires: SiteDate?
        var documentNumber: String?
        var issuer: String?
        var aliases: [Alias] = []
        var source: ExternalSource?
        var attachments: [Attachment] = []
        var memberReferences: [Reference] = []
        var initiativeReferences: [Reference] = []
        var body: MarkdownSource
        var mentionedMembers: [ItemIndex<Member>]?
        var location: SourceLocation

        init(slug: String, title: String, date: SiteDate, summary: String, body: MarkdownSource, location: SourceLocation) {
            self.slug = slug
            self.title = title
            self.date = date
            self.summary = summary
            self.body = body
            self.location = location
        }

        /// A copy to change, when another announcement shares this one.
        func copy() -> Storage {
            let copy = Storage(slug: slug, title: title, date: date, summary: summary, body: body, location: location)
            copy.summaryIsCutMidSentence = summaryIsCutMidSentence
            copy.tags = tags
            copy.isDraft = isDraft
            copy.authors = authors
            copy.categories = categories
            copy.expires = expires
            copy.documentNumber = documentNumber
            copy.issuer = issuer
            copy.aliases = aliases
            copy.source = source
            copy.attachments = attachments
            copy.memberReferences = memberReferences
            copy.initiativeReferences = initiativeReferences
            copy.mentionedMembers = mentionedMembers
            return copy
        }
    }

    // Only changed when uniquely referenced (every setter below copies it first otherwise).
    private var storage: Storage

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// The URL slug (file name without a leading date, or `slug:`).
    var slug: String {
        get { storage.slug }
        set { unique().slug = newValue }
    }
    /// The headline.
    var title: String {
        get { storage.title }
        set { unique().title = newValue }
    }
    /// The publication date.
    var date: SiteDate {
        get { storage.date }
        set { unique().date = newValue }
    }
    /// The summary: `summary:` if given, else cut from the first paragraph.
    var summary: String {
        get { storage.summary }
        set { unique().summary = newValue }
    }
    /// Whether the summary was cut from the first paragraph without reaching a sentence end.
    var summaryIsCutMidSentence: Bool {
        get { storage.summaryIsCutMidSentence }
        set { unique().summaryIsCutMidSentence = newValue }
    }
    /// Tags, in the order written.
    var tags: [String] {
        get { storage.tags }
        set { unique().tags = newValue }
    }
    /// Whether it is a draft (left out unless `--drafts`).
    var isDraft: Bool {
        get { storage.isDraft }
        set { unique().isDraft = newValue }
    }
    /// Who wrote it: `author:` (one name or a list) and `authors:`.
    var authors: [String] {
        get { storage.authors }
        set { unique().authors = newValue }
    }
    /// Categories from another generator (`categories:`), kept for themes that show them.
    var categories: [String] {
        get { storage.categories }
        set { unique().categories = newValue }
    }
    /// When a notice stops applying (`expires:`): from then on it is marked 已截止.
    var expires: SiteDate? {
        get { storage.expires }
        set { unique().expires = newValue }
    }
    /// The document number of an official notice (`doc_number:`, 文号), e.g. 沪人社职〔2025〕12号.
    var documentNumber: String? {
        get { storage.documentNumber }
        set { unique().documentNumber = newValue }
    }
    /// Who issued the notice (`issuer:`, 发文单位), when it is not the alliance itself.
    var issuer: String? {
        get { storage.issuer }
        set { unique().issuer = newValue }
    }
    /// Old addresses of the announcement (`aliases:`), each written as a page that redirects here.
    var aliases: [Alias] {
        get { storage.aliases }
        set { unique().aliases = newValue }
    }
    /// Where it was first published.
    var source: ExternalSource? {
        get { storage.source }
        set { unique().source = newValue }
    }
    /// Files attached to it.
    var attachments: [Attachment] {
        get { storage.attachments }
        set { unique().attachments = newValue }
    }
    /// Members it concerns (`members:`).
    var memberReferences: [Reference] {
        get { storage.memberReferences }
        set { unique().memberReferences = newValue }
    }
    /// Initiatives it concerns (`initiatives:`).
    var initiativeReferences: [Reference] {
        get { storage.initiativeReferences }
        set { unique().initiativeReferences = newValue }
    }
    /// The body.
    var body: MarkdownSource {
        get { storage.body }
        set { unique().body = newValue }
    }
    /// Indices into ``Site/members`` of the members whose full name the title or text contains
    /// or whom the body links to, in order (see ``MemberMentions``), found when the file was
    /// loaded (its text is then let go; the HTML is kept); nil when no one looked, and the text
    /// is still there to look in.
    var mentionedMembers: [ItemIndex<Member>]? {
        get { storage.mentionedMembers }
        set { unique().mentionedMembers = newValue }
    }
    /// Where the front matter's `title` is, for errors about the whole announcement.
    var location: SourceLocation {
        get { storage.location }
        set { unique().location = newValue }
    }

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
        storage = Storage(slug: slug, title: title, date: date, summary: summary, body: body, location: location)
        storage.tags = tags
        storage.isDraft = isDraft
        storage.authors = authors
        storage.source = source
        storage.attachments = attachments
        storage.memberReferences = memberReferences
        storage.initiativeReferences = initiativeReferences
    }
}
