/// Everything a build knows about the site once the content is loaded.
public struct Site: Sendable {
    /// The settings from `site.yaml`.
    public var config: SiteConfig
    /// Announcements, newest first (drafts only with `--drafts`).
    public var announcements: [Announcement]
    /// Free pages, by `nav_order` then title.
    public var pages: [Page]
    /// Files below `Content/files/`, relative to it, sorted.
    public var files: [String]
    /// Member organisations, by id.
    public var members: [Member]
    /// Initiatives, by status then start.
    public var initiatives: [Initiative]
    /// Annual reports, newest first.
    public var reports: [AnnualReport]
    /// Content paths (`announcements/x.md`) of drafts that were left out.
    public var omittedDrafts: Set<String>
    /// Content that failed to load (and has been reported).
    public var unloaded = UnloadedContent()

    /// Creates a site.
    public init(config: SiteConfig, announcements: [Announcement] = [], pages: [Page] = [], files: [String] = [], members: [Member] = [], initiatives: [Initiative] = [], reports: [AnnualReport] = [], omittedDrafts: Set<String> = []) {
        self.config = config
        self.announcements = announcements
        self.pages = pages
        self.files = files
        self.members = members
        self.initiatives = initiatives
        self.reports = reports
        self.omittedDrafts = omittedDrafts
    }
}
