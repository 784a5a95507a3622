/// Works out every page of the site and checks that no two things claim the same URL.
struct SitePlanner: Sendable {
    /// Creates a planner.
    init() {}

    /// Plans `site`. `assets` are the theme's asset files.
    func plan(_ site: Site, assets: [String], diagnostics: DiagnosticBag) -> SitePlan {
        var pages: [PlannedPage] = [PlannedPage(route: .home, kind: .home), PlannedPage(route: Routes.notFound, kind: .notFound)]
        var routesByContentPath: [String: Route] = [:]
        var claimedBy: [Route: SourceLocation] = [:]

        func claim(_ route: Route, by location: SourceLocation, what: String) -> Bool {
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

        /// Plans the page of one content file, unless its route is taken.
        func addPage(_ route: Route, _ kind: PlannedPage.Kind, by location: SourceLocation, what: String, contentPath: String?) -> Bool {
            guard claim(route, by: location, what: what) else { return false }
            if let contentPath { routesByContentPath[contentPath] = route }
            pages.append(PlannedPage(route: route, kind: kind))
            return true
        }

        let perPage = max(1, site.config.perPage)
        let listPages = Pagination.pageCount(site.announcements.count, perPage: perPage)
        for number in 1...listPages {
            pages.append(PlannedPage(route: Routes.announcementList(page: number), kind: .announcementList(page: number)))
        }

        var tagOrder: [String] = []
        var tagsBySlug: [String: SitePlan.TagGroup] = [:]
        var years: [Int: [Int]] = [:]
        for (index, announcement) in site.announcements.enumerated() {
            if Routes.reservedAnnouncementSlugs.contains(announcement.slug) {
                diagnostics.error(at: announcement.location, "the slug \"\(announcement.slug)\" is reserved for the list pages", hint: "set another 'slug:' or rename the file")
                continue
            }
            guard addPage(
                Routes.announcement(slug: announcement.slug), .announcement(index), by: announcement.location,
                what: "announcement \"\(announcement.title)\"", contentPath: announcement.body.contentPath
            ) else { continue }
            years[announcement.date.year, default: []].append(index)
            for tag in announcement.tags {
                let slug = Slug.forTag(tag)
                if tagsBySlug[slug] == nil {
                    tagOrder.append(slug)
                    tagsBySlug[slug] = SitePlan.TagGroup(name: tag, slug: slug, announcements: [])
                }
                tagsBySlug[slug]?.announcements.append(index)
            }
        }

        let tags = tagOrder.compactMap { tagsBySlug[$0] }
            .sorted { ($0.announcements.count, $1.name) > ($1.announcements.count, $0.name) }
        var tagIndexBySlug: [String: Int] = [:]
        pages.append(PlannedPage(route: Routes.tagIndex, kind: .tagIndex))
        for (index, tag) in tags.enumerated() {
            tagIndexBySlug[tag.slug] = index
            for number in 1...Pagination.pageCount(tag.announcements.count, perPage: perPage) {
                pages.append(PlannedPage(route: Routes.tag(slug: tag.slug, page: number), kind: .tag(index, page: number)))
            }
        }

        let yearGroups = years.keys.sorted(by: >).map { SitePlan.YearGroup(year: $0, announcements: years[$0] ?? []) }
        pages.append(PlannedPage(route: Routes.archiveIndex, kind: .archiveIndex))
        for (index, group) in yearGroups.enumerated() {
            pages.append(PlannedPage(route: Routes.archive(year: group.year), kind: .archive(index)))
        }

        for (index, page) in site.pages.enumerated() {
            if Routes.reservedTopLevelNames.contains(page.slug) {
                diagnostics.error(at: page.location, "the slug \"\(page.slug)\" is reserved for sitegen's own pages", hint: "set another 'slug:' or rename the file")
                continue
            }
            _ = addPage(Routes.page(slug: page.slug), .page(index), by: page.location, what: "page \"\(page.title)\"", contentPath: page.body.contentPath)
        }

        var memberRoutesByID: [String: Route] = [:]
        if !site.members.isEmpty {
            pages.append(PlannedPage(route: Routes.memberDirectory, kind: .memberDirectory))
            pages.append(PlannedPage(route: Routes.memberRegions, kind: .memberRegions))
            pages.append(PlannedPage(route: Routes.memberCouncil, kind: .memberCouncil))
            if site.members.contains(where: { !$0.isCurrent }) {
                pages.append(PlannedPage(route: Routes.formerMembers, kind: .formerMembers))
            }
        }
        for (index, member) in site.members.enumerated() {
            if Routes.reservedMemberIDs.contains(member.id) {
                diagnostics.error(at: member.location, "the member id \"\(member.id)\" is reserved for the member views", hint: "choose another id")
                continue
            }
            let route = Routes.member(id: member.id)
            let contentPath = member.contentPath == "members.yaml" ? nil : member.contentPath
            guard addPage(route, .member(index), by: member.location, what: "member \"\(member.name)\"", contentPath: contentPath) else { continue }
            memberRoutesByID[member.id] = route
        }
        if !site.initiatives.isEmpty {
            pages.append(PlannedPage(route: Routes.initiativeIndex, kind: .initiativeIndex))
        }
        for (index, initiative) in site.initiatives.enumerated() {
            _ = addPage(
                Routes.initiative(slug: initiative.slug), .initiative(index), by: initiative.location,
                what: "initiative \"\(initiative.title)\"", contentPath: initiative.body.contentPath
            )
        }
        if !site.reports.isEmpty {
            pages.append(PlannedPage(route: Routes.reportIndex, kind: .reportIndex))
        }
        for (index, report) in site.reports.enumerated() {
            _ = addPage(Routes.report(year: report.year), .report(index), by: report.location, what: "report \"\(report.title)\"", contentPath: report.body.contentPath)
        }

        // Content that failed to load keeps the route it would have had, so that links to it are
        // not reported on top of its own error; the build fails anyway and writes none of them.
        for path in site.unloaded.contentPaths where routesByContentPath[path] == nil {
            let slug = Slug.fromFileName(Path.lastComponent(path))
            switch Path.directory(of: path).split(separator: "/").first {
            case "announcements": routesByContentPath[path] = Routes.announcement(slug: slug)
            case "pages": routesByContentPath[path] = Routes.page(slug: slug)
            case "initiatives": routesByContentPath[path] = Routes.initiative(slug: slug)
            case "reports": routesByContentPath[path] = Routes.report(year: Int(slug) ?? 0)
            default: break
            }
        }
        for id in site.unloaded.memberIDs where memberRoutesByID[id] == nil {
            memberRoutesByID[id] = Routes.member(id: id)
        }

        var allRoutes = Set(pages.map(\.route)).union(routesByContentPath.values)
        for file in site.files { allRoutes.insert(Routes.file(file)) }
        for asset in assets { allRoutes.insert(Routes.asset(asset)) }
        allRoutes.insert(Routes.feed)

        return SitePlan(
            pages: pages, tags: tags, years: yearGroups, announcementListPages: listPages,
            routesByContentPath: routesByContentPath, unpublishedContentPaths: site.omittedDrafts,
            allRoutes: allRoutes, tagIndexBySlug: tagIndexBySlug, memberRoutesByID: memberRoutesByID
        )
    }
}
