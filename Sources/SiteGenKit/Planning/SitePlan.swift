/// The shape of the built site: every page to write, and how content maps to routes.
struct SitePlan: Sendable {
    /// A tag and the announcements that carry it.
    struct TagGroup: Sendable {
        /// The tag as first written.
        var name: String
        /// Its URL slug.
        var slug: String
        /// Indices into ``Site/announcements``, newest first.
        var announcements: [ItemIndex<Announcement>]
    }

    /// A year and its announcements.
    struct YearGroup: Sendable {
        /// The year.
        var year: Int
        /// Indices into ``Site/announcements``, newest first.
        var announcements: [ItemIndex<Announcement>]
    }

    /// Every HTML page, in a stable order.
    var pages: [PlannedPage]
    /// Tags, most used first.
    var tags: [TagGroup]
    /// Years, newest first.
    var years: [YearGroup]
    /// How many pages the announcements list has.
    var announcementListPages: Int
    /// Route of each content file, by its path below the content folder (`pages/join.md`).
    var routesByContentPath: [String: Route]
    /// Content files that exist but are not published (drafts), by content path.
    var unpublishedContentPaths: Set<String>
    /// Pages written at old addresses, each leading on to a page of the site.
    var redirects: [Redirect] = [] {
        didSet { redirectTargets = Dictionary(redirects.map { ($0.from, $0.to) }) { first, _ in first } }
    }
    /// Where each old address leads.
    private(set) var redirectTargets: [Route: Route] = [:]
    /// Announcements that are scheduled, by content path, with their dates.
    var scheduledContentPaths: [String: SiteDate] = [:]
    /// Every route the build writes: pages, copied files, assets, feed.
    var allRoutes: Set<Route>
    /// The index of each tag by its slug.
    var tagIndexBySlug: [String: ItemIndex<TagGroup>]
    /// Member routes by member id (members written in `members.yaml` are linked as `members.yaml#id`).
    var memberRoutesByID: [MemberID: Route]
    /// Link resolutions, shared by the link checker and the pages (see ``LinkResolver``).
    let linkResolutions = LinkResolutionCache()
    /// ``routeTargetsSum()``, made once for a plan that a session keeps; nil otherwise.
    var targetsSum: UInt64?
    /// Which templates the planned pages use.
    var templateNames: Set<String> { Set(pages.map(\.templateName)) }
}
