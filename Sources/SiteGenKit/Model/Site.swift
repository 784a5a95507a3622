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
    /// Content paths (`announcements/x.md`) of drafts that were left out.
    public var omittedDrafts: Set<String>

    /// Creates a site.
    public init(config: SiteConfig, announcements: [Announcement] = [], pages: [Page] = [], files: [String] = [], omittedDrafts: Set<String> = []) {
        self.config = config
        self.announcements = announcements
        self.pages = pages
        self.files = files
        self.omittedDrafts = omittedDrafts
    }
}
