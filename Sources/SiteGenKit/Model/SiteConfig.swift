/// The site's settings, from `Content/site.yaml`.
struct SiteConfig: Sendable {
    /// The site's title, shown in every page's header and `<title>`.
    var title: String
    /// One sentence about the site, for the home page and `<meta name="description">`.
    var description: String
    /// The home page's lead line (`tagline:`): who the alliance is and what it does, in a sentence
    /// or two written for readers; without it the home page shows ``description``.
    var tagline: String?
    /// The BCP 47 language of the content (default `zh-CN`).
    var language: String
    /// The absolute URL the site is published at, ending in `/`; used only where absolute URLs
    /// are required (feed, sitemap). Internal links are always relative.
    var baseURL: String?
    /// Announcements per list page.
    var perPage: Int
    /// Whether raw HTML in Markdown is emitted (off by default).
    var allowRawHTML: Bool
    /// The UTC offset dates are in, like `+08:00`.
    var timezone: String
    /// ``timezone`` in minutes east of UTC (China's +08:00 if it cannot be read).
    var offsetMinutes: Int { SiteDate.offsetMinutes(timezone) ?? 8 * 60 }
    /// The alliance the site belongs to.
    var alliance: AllianceProfile?
    /// The main navigation.
    var navigation: [NavigationItem]
    /// Lines at the foot of every page (e.g. an ICP filing number).
    var footer: [String]
    /// Domains external links may point to; when set, `sitegen check` flags every other domain.
    var allowedDomains: [String] = []
    /// The largest content file read, in bytes.
    var maximumFileSize: Int = SiteConfig.defaultMaximumFileSize
    /// The largest content file read unless `site.yaml` says otherwise: 10 MB.
    static let defaultMaximumFileSize = 10 * 1024 * 1024
    /// The site's icon (`favicon:`), a file below `Content/files/`; the theme's own otherwise.
    var favicon: FileReference?
    /// The picture shown when a page is shared (`social_image:`, Open Graph), below `Content/files/`.
    var socialImage: FileReference?
    /// Whether a broken internal link or missing image only warns (`broken_links: warn`, for a
    /// site moving in with years of old posts) instead of failing the build.
    var brokenLinksWarn = false
    /// Paths in the output folder that sitegen did not write and that survive a rebuild
    /// (e.g. a hosting provider's verification file).
    var keep: [String] = []

    /// Creates a configuration.
    init(
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
