/// The site's settings, from `Content/site.yaml`.
public struct SiteConfig: Sendable {
    /// The site's title, shown in every page's header and `<title>`.
    public var title: String
    /// One sentence about the site, for the home page and `<meta name="description">`.
    public var description: String
    /// The BCP 47 language of the content (default `zh-CN`).
    public var language: String
    /// The absolute URL the site is published at, ending in `/`; used only where absolute URLs
    /// are required (feed, sitemap). Internal links are always relative.
    public var baseURL: String?
    /// Announcements per list page.
    public var perPage: Int
    /// Whether raw HTML in Markdown is emitted (off by default).
    public var allowRawHTML: Bool
    /// The UTC offset dates are in, like `+08:00`.
    public var timezone: String
    /// The alliance the site belongs to.
    public var alliance: AllianceProfile?
    /// The main navigation.
    public var navigation: [NavigationItem]
    /// Lines at the foot of every page (e.g. an ICP filing number).
    public var footer: [String]
    /// Domains external links may point to; when set, `sitegen check` flags every other domain.
    public var allowedDomains: [String] = []
    /// The largest content file read, in bytes.
    public var maximumFileSize: Int = TextFileReader.defaultMaximumBytes
    /// Paths in the output folder that sitegen did not write and that survive a rebuild
    /// (e.g. a hosting provider's verification file).
    public var keep: [String] = []

    /// Creates a configuration.
    public init(
        title: String, description: String, language: String = "zh-CN", baseURL: String? = nil,
        perPage: Int = 10, allowRawHTML: Bool = false, timezone: String = "+08:00",
        alliance: AllianceProfile? = nil, navigation: [NavigationItem] = [], footer: [String] = []
    ) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.perPage = perPage
        self.allowRawHTML = allowRawHTML
        self.timezone = timezone
        self.alliance = alliance
        self.navigation = navigation
        self.footer = footer
    }
}
