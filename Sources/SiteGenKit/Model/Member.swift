/// A member organisation of the alliance: `Content/members.yaml` or `Content/members/<id>.md`.
struct Member: Sendable {
    /// Stable ASCII id, used in URLs and references (`members: [zibo-tech]`).
    var id: MemberID
    /// Full name.
    var name: String
    /// Short name.
    var shortName: String?
    /// Kind of organisation.
    var type: MemberType
    /// Province-level region (上海, 江苏, …).
    var region: String
    /// City or district.
    var city: String?
    /// When it joined.
    var joined: SiteDate
    /// When it withdrew or was removed, for former members.
    var left: SiteDate?
    /// Council role.
    var role: CouncilRole
    /// Its own website.
    var website: String?
    /// One sentence about it.
    var summary: String?
    /// Markdown profile, if any.
    var profile: MarkdownSource?
    /// Where its entry starts, for errors.
    var location: SourceLocation
    /// The content file it is written in (`members.yaml` or `members/<id>.md`), for links.
    var contentPath: String

    /// Creates a member.
    init(
        id: MemberID, name: String, shortName: String? = nil, type: MemberType, region: String, city: String? = nil,
        joined: SiteDate, left: SiteDate? = nil, role: CouncilRole = .member, website: String? = nil,
        summary: String? = nil, profile: MarkdownSource? = nil, location: SourceLocation, contentPath: String
    ) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.type = type
        self.region = region
        self.city = city
        self.joined = joined
        self.left = left
        self.role = role
        self.website = website
        self.summary = summary
        self.profile = profile
        self.location = location
        self.contentPath = contentPath
    }

    /// Whether it was a member at the end of `date`'s day.
    func isMember(on date: SiteDate) -> Bool {
        joined.dayKey <= date.dayKey && (left.map { $0.dayKey > date.dayKey } ?? true)
    }

    /// Whether it is a member now (it has not left).
    var isCurrent: Bool { left == nil }
}
