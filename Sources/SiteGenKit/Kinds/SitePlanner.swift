/// Works out every page of the site and checks that no two things claim the same URL.
struct SitePlanner: Sendable {
    /// Creates a planner.
    init() {}

    /// Plans `site`: the home, not-found and search pages, then the pages of each of `kinds` in order.
    /// `assets` are the theme's asset files.
    func plan(_ site: Site, kinds: [any ContentKind] = ContentKinds.builtIn, assets: [String], diagnostics: DiagnosticBag) -> SitePlan {
        var planner = PagePlanner(diagnostics: diagnostics, perPage: site.config.perPage)
        planner.add(.home, .home)
        planner.add(Routes.notFound, .notFound)
        planner.add(Routes.search, .search)
        for kind in kinds {
            kind.plan(site, into: &planner)
        }
        planner.claimRedirects()

        // Content that failed to load keeps the route it would have had, so that links to it are
        // not reported on top of its own error; the build fails anyway and writes none of them.
        for path in site.unloaded.contentPaths where planner.routesByContentPath[path] == nil {
            if let route = kinds.lazy.compactMap({ $0.route(ofUnloaded: path) }).first {
                planner.routesByContentPath[path] = route
            }
        }

        var allRoutes = Set(planner.pages.map(\.route)).union(planner.routesByContentPath.values).union(planner.redirects.map(\.from))
        for file in site.files { allRoutes.insert(Routes.file(file)) }
        for asset in assets { allRoutes.insert(Routes.asset(asset)) }
        allRoutes.insert(Routes.feed)

        var plan = SitePlan(
            pages: planner.pages, tags: planner.tags, years: planner.years, announcementListPages: planner.announcementListPages,
            routesByContentPath: planner.routesByContentPath, unpublishedContentPaths: site.omittedDrafts,
            allRoutes: allRoutes, tagIndexBySlug: planner.tagIndexBySlug, memberRoutesByID: planner.memberRoutesByID
        )
        for item in site.scheduled { plan.scheduledContentPaths[item.contentPath] = item.date }
        plan.redirects = planner.redirects
        return plan
    }
}
