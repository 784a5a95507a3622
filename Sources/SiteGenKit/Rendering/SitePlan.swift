/// The shape of the built site: every page to write, and how content maps to routes.
public struct SitePlan: Sendable {
    /// A tag and the announcements that carry it.
    public struct TagGroup: Sendable {
        /// The tag as first written.
        public var name: String
        /// Its URL slug.
        public var slug: String
        /// Indices into ``Site/announcements``, newest first.
        public var announcements: [Int]
    }

    /// A year and its announcements.
    public struct YearGroup: Sendable {
        /// The year.
        public var year: Int
        /// Indices into ``Site/announcements``, newest first.
        public var announcements: [Int]
    }

    /// Every HTML page, in a stable order.
    public var pages: [PlannedPage]
    /// Tags, most used first.
    public var tags: [TagGroup]
    /// Years, newest first.
    public var years: [YearGroup]
    /// How many pages the announcements list has.
    public var announcementListPages: Int
    /// Route of each content file, by its path below the content folder (`pages/join.md`).
    public var routesByContentPath: [String: Route]
    /// Content files that exist but are not published (drafts), by content path.
    public var unpublishedContentPaths: Set<String>
    /// Every route the build writes: pages, copied files, assets, feed.
    public var allRoutes: Set<Route>
    /// The index of each tag by its slug.
    public var tagIndexBySlug: [String: Int]
    /// Member routes by member id (members written in `members.yaml` are linked as `members.yaml#id`).
    public var memberRoutesByID: [String: Route]
    /// Link resolutions, shared by the link checker and the pages (see ``LinkResolver``).
    let linkResolutions = LinkResolutionCache()
    /// Which templates the planned pages use.
    public var templateNames: Set<String> { Set(pages.map(\.templateName)) }
}
