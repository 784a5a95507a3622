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
