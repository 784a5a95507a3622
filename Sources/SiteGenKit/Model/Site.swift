/// Everything a build knows about the site once the content is loaded.
struct Site: Sendable {
    /// The settings from `site.yaml`.
    var config: SiteConfig
    /// Announcements, newest first (drafts only with `--drafts`).
    var announcements: [Announcement]
    /// Free pages, by `nav_order` then title.
    var pages: [Page]
    /// Files below `Content/files/`, relative to it, sorted.
    var files: [String]
    /// Member organisations, by id.
    var members: [Member]
    /// Initiatives, by status then start.
    var initiatives: [Initiative]
    /// Annual reports, newest first.
    var reports: [AnnualReport]
    /// Content paths (`announcements/x.md`) of drafts that were left out.
    var omittedDrafts: Set<String>
    /// Announcements dated after ``now`` that were left out (without `--future`), earliest first.
    var scheduled: [ScheduledAnnouncement] = []
    /// The moment the site is built for, in the site's offset.
    var now: SiteDate?
    /// The next moment after ``now`` at which the site changes by itself: an announcement's date
    /// comes, or a notice expires. A build after it must not be skipped as up to date.
    var nextChange: SiteDate?
    /// Content that failed to load (and has been reported).
    var unloaded = UnloadedContent()
    /// The items of kinds beyond the built-in ones, by kind name; each kind knows their type.
    var addedContent: [String: any Sendable] = [:]

    /// Creates a site.
    init(config: SiteConfig, announcements: [Announcement] = [], pages: [Page] = [], files: [String] = [], members: [Member] = [], initiatives: [Initiative] = [], reports: [AnnualReport] = [], omittedDrafts: Set<String> = []) {
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
