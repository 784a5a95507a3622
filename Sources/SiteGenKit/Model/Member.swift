/// A member organisation of the alliance: `Content/members.yaml` or `Content/members/<id>.md`.
public struct Member: Sendable {
    /// Stable ASCII id, used in URLs and references (`members: [zibo-tech]`).
    public var id: String
    /// Full name.
    public var name: String
    /// Short name.
    public var shortName: String?
    /// Kind of organisation.
    public var type: MemberType
    /// Province-level region (上海, 江苏, …).
    public var region: String
    /// City or district.
    public var city: String?
    /// When it joined.
    public var joined: SiteDate
    /// When it withdrew or was removed, for former members.
    public var left: SiteDate?
    /// Council role.
    public var role: CouncilRole
    /// Its own website.
    public var website: String?
    /// One sentence about it.
    public var summary: String?
    /// Markdown profile, if any.
    public var profile: MarkdownSource?
    /// Where its entry starts, for errors.
    public var location: SourceLocation
    /// The content file it is written in (`members.yaml` or `members/<id>.md`), for links.
    public var contentPath: String

    /// Creates a member.
    public init(
        id: String, name: String, shortName: String? = nil, type: MemberType, region: String, city: String? = nil,
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
    public func isMember(on date: SiteDate) -> Bool {
        joined.dayKey <= date.dayKey && (left.map { $0.dayKey > date.dayKey } ?? true)
    }

    /// Whether it is a member now (it has not left).
    public var isCurrent: Bool { left == nil }
}
