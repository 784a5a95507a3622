/// The plan as it is being made: the pages so far, the routes they claimed and what the
/// announcement lists need. Each ``ContentKind`` adds its pages through it.
struct PagePlanner {
    /// Where problems go.
    let diagnostics: DiagnosticBag
    /// Announcements per list page.
    let perPage: Int
    /// Every HTML page so far, in planning order.
    private(set) var pages: [PlannedPage] = []
    /// Route of each content file, by its path below the content folder.
    var routesByContentPath: [String: Route] = [:]
    /// Member routes by member id.
    var memberRoutesByID: [MemberID: Route] = [:]
    /// Tags, most used first.
    var tags: [SitePlan.TagGroup] = []
    /// The index of each tag by its slug.
    var tagIndexBySlug: [String: ItemIndex<SitePlan.TagGroup>] = [:]
    /// Years, newest first.
    var years: [SitePlan.YearGroup] = []
    /// How many pages the announcements list has.
    var announcementListPages = 1
    /// Pages written at old addresses.
    private(set) var redirects: [Redirect] = []
    private var pendingRedirects: [(alias: Alias, to: Route, title: String)] = []
    private var claimedBy: [Route: SourceLocation] = [:]

    /// Creates an empty plan.
    init(diagnostics: DiagnosticBag, perPage: Int) {
        self.diagnostics = diagnostics
        self.perPage = max(1, perPage)
    }

    /// Adds a page that no content file claims (a list, an index).
    mutating func add(_ route: Route, _ kind: PlannedPage.Kind) {
        pages.append(PlannedPage(route: route, kind: kind))
    }

    /// Adds the page of one content item, unless another item claimed its route first (which is
    /// reported); `contentPath` is the item's file below the content folder, if links may name it.
    @discardableResult
    mutating func add(_ route: Route, _ kind: PlannedPage.Kind, by location: SourceLocation, what: String, contentPath: String?) -> Bool {
        guard claim(route, by: location, what: what) else { return false }
        if let contentPath { routesByContentPath[contentPath] = route }
        pages.append(PlannedPage(route: route, kind: kind))
        return true
    }

    /// Writes a redirect at each of `aliases` to `route`, the page of `title`, once every page
    /// has claimed its address (``claimRedirects()``): an old address never takes a page's.
    mutating func addRedirects(_ aliases: [Alias], to route: Route, title: String) {
        pendingRedirects += aliases.map { ($0, route, title) }
    }

    /// Claims the addresses of the redirects asked for, after the pages; an old address that
    /// something else uses, or that is no path on this site, is reported at the alias.
    mutating func claimRedirects() {
        let pending = pendingRedirects
        pendingRedirects = []
        for (alias, route, title) in pending {
            switch Routes.alias(alias.path) {
            case .success(let from):
                guard from != route, claim(from, by: alias.location, what: "the old address \"\(alias.path)\"") else { continue }
                redirects.append(Redirect(from: from, to: route, title: title))
            case .failure(let problem):
                let why: String
                switch problem {
                case .notASitePath: why = "is not a path on this site"
                case .hasQueryOrFragment: why = "has a query or fragment, which a static server cannot tell apart"
                case .notAPage: why = "names the top of the site, or a place outside it"
                }
                diagnostics.error(
                    at: alias.location, "the old address \"\(alias.path)\" \(why)",
                    hint: "write old addresses as site paths, e.g. /2019/07/old-title/ or /news/123.html"
                )
            }
        }
    }

    private mutating func claim(_ route: Route, by location: SourceLocation, what: String) -> Bool {
        if let earlier = claimedBy[route] {
            diagnostics.error(
                at: location,
                "\(what) would be written to \(route.prettyPath), which \(earlier) already uses",
                hint: "give one of them a different file name or 'slug:'"
            )
            return false
        }
        claimedBy[route] = location
        return true
    }
}
