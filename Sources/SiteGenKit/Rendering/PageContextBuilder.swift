/// Builds the values a template sees for one page.
///
/// Every value is plain data (strings, numbers, booleans, arrays and dictionaries); every URL
/// is already relative to the page, so templates never build URLs. The one HTML value is a
/// rendered Markdown body (`body`), which templates emit with triple braces.
struct PageContextBuilder: Sendable {
    let site: Site
    let plan: SitePlan
    let alliance: AllianceIndex
    let markdown: any MarkdownConverter
    /// The navigation's targets, resolved once for all pages.
    private let navigationTargets: [(item: NavigationItem, resolution: LinkResolver.Resolution)]
    /// Each tag's slug, computed once.
    private let tagSlugs: [String: String]
    /// The current members, counted once for all pages.
    let currentMembers: MemberStatistics
    /// The header, footer and list items that pages share, rendered once each.
    let chunks: SharedChunks?
    /// The words pages show that are not content, in the site's language.
    let strings: StringsTable

    init(site: Site, plan: SitePlan, alliance: AllianceIndex, markdown: any MarkdownConverter, templates: (any TemplateRenderer)? = nil) {
        self.site = site
        self.chunks = templates.map(SharedChunks.init(templates:))
        self.strings = StringsTable.forLanguage(site.config.language)
        self.plan = plan
        self.alliance = alliance
        self.markdown = markdown
        let resolver = LinkResolver(plan: plan)
        navigationTargets = site.config.navigation.map { ($0, resolver.resolve($0.link, writtenIn: nil)) }
        var slugs: [String: String] = [:]
        for tag in site.announcements.flatMap(\.tags) where slugs[tag] == nil { slugs[tag] = Slug.forTag(tag) }
        tagSlugs = slugs
        currentMembers = MemberStatistics(members: site.members.indices.filter { site.members[$0].isCurrent }, of: site.members)
    }

    /// How many announcements the home page shows.
    static let homeAnnouncementCount = 6

    func context(for page: PlannedPage) -> [String: Any] {
        let links = Links(origin: page.route, absoluteBase: page.kind == .notFound ? site.config.baseURL : nil)
        var context = common(page, links: links)
        switch page.kind {
        case .home:
            context["latest"] = site.announcements.indices.prefix(Self.homeAnnouncementCount).map { item($0, links: links) }
            context["has_more"] = site.announcements.count > Self.homeAnnouncementCount
            context["pages"] = site.pages.indices.compactMap { pageLink($0, links: links) }
            context["tags"] = plan.tags.prefix(12).map { tagLink($0, links: links) }
            context["announcement_count"] = site.announcements.count
            if !site.members.isEmpty {
                let current = currentMembers
                context["member_summary"] = strings.summary(of: current)
                context["member_count"] = current.members.count
                context["members_href"] = links.href(Routes.memberDirectory)
            }
            let active = site.initiatives.indices.filter { site.initiatives[$0].status == .active }.prefix(4)
            context["initiatives"] = active.map { initiativeItem($0, links: links) }
            if !active.isEmpty { context["has_initiatives"] = true }
        case .announcementList(let number):
            let perPage = max(1, site.config.perPage)
            let slice = site.announcements.indices.dropFirst((number - 1) * perPage).prefix(perPage)
            context["announcements"] = slice.map { item($0, links: links) }
            context["pagination"] = pagination(current: number, total: plan.announcementListPages, links: links) { Routes.announcementList(page: $0) }
            context["announcement_count"] = site.announcements.count
        case .announcement(let index):
            context["announcement"] = announcement(index, links: links, route: page.route)
            if index + 1 < site.announcements.count { context["previous"] = neighbour(index + 1, links: links) }
            if index > 0 { context["next"] = neighbour(index - 1, links: links) }
        case .tagIndex:
            context["tags"] = plan.tags.map { tagLink($0, links: links) }
        case .tag(let index, let number):
            let tag = plan.tags[index]
            let perPage = max(1, site.config.perPage)
            context["tag"] = tagLink(tag, links: links)
            context["announcements"] = tag.announcements.dropFirst((number - 1) * perPage).prefix(perPage).map { item($0, links: links) }
            context["pagination"] = pagination(current: number, total: Pagination.pageCount(tag.announcements.count, perPage: perPage), links: links) {
                Routes.tag(slug: tag.slug, page: $0)
            }
        case .archiveIndex:
            context["years"] = plan.years.map { yearLink($0, links: links) }
        case .archive(let index):
            let group = plan.years[index]
            context["year"] = yearLink(group, links: links)
            context["months"] = months(of: group, links: links)
            context["announcements"] = group.announcements.map { item($0, links: links) }
        case .page(let index):
            let value = site.pages[index]
            context["page"] = ["title": value.title, "body": renderBody(value.body, route: page.route), "summary": value.summary ?? false]
        case .notFound:
            context["latest"] = site.announcements.indices.prefix(5).map { item($0, links: links) }
        case .memberDirectory, .memberRegions, .memberCouncil, .formerMembers, .member,
             .initiativeIndex, .initiative, .reportIndex, .report:
            addAllianceValues(for: page, to: &context, links: links)
        case .item(let kind, let index):
            if let kind = site.kind(named: kind) {
                let itemPage = ItemPage(site: site, route: page.route, links: links) { renderBody($0, route: page.route) }
                context.merge(kind.pageValues(ofItem: index, on: itemPage)) { _, added in added }
            }
        }
        return context
    }

    // MARK: - Shared values

    private func common(_ page: PlannedPage, links: Links) -> [String: Any] {
        let config = site.config
        let nav = navigation(for: page.route, links: links)
        var context: [String: Any] = [
            "site": siteValues(links: links),
            "root": links.root,
            "nav": nav,
            "page_title": pageTitle(page),
            "description": description(page),
            "generator": "sitegen",
        ]
        if let base = config.baseURL, page.kind != .notFound {
            context["canonical_url"] = page.route.absoluteURL(base: base)
        }
        if let chunks {
            // The header and footer see only `site`, `nav` and `root`: pages whose navigation
            // marks the same entry current share them.
            let current = String(nav.map { ($0["current"] as? Bool) == true ? "1" : "0" })
            let shared = chunks.placeholderLinks
            let values: () -> [String: Any] = {
                ["site": siteValues(links: shared), "nav": navigation(for: page.route, links: shared), "root": shared.root]
            }
            context["chrome"] = [
                "header": chunks.value(SharedChunks.Key(partial: SharedChunks.header, variant: current), links: links, context: values),
                "footer": chunks.value(SharedChunks.Key(partial: SharedChunks.footer, variant: current), links: links, context: values),
            ]
        } else {
            context["chrome"] = false
        }
        return context
    }

    /// The `site` values, with links as seen through `links`, each computed when a template
    /// asks for it.
    private func siteValues(links: Links) -> LazyValues {
        LazyValues { [site] name in
            let config = site.config
            switch name {
            case "title": return config.title
            case "description": return config.description
            case "language": return config.language
            case "home_href": return links.href(.home)
            case "announcements_href": return links.href(Routes.announcementList(page: 1))
            case "tags_href": return links.href(Routes.tagIndex)
            case "members_href": return links.href(Routes.memberDirectory)
            case "initiatives_href": return links.href(Routes.initiativeIndex)
            case "reports_href": return links.href(Routes.reportIndex)
            case "archive_href": return links.href(Routes.archiveIndex)
            case "has_members": return !site.members.isEmpty
            case "has_initiatives": return !site.initiatives.isEmpty
            case "has_reports": return !site.reports.isEmpty
            case "feed_href": return links.href(Routes.feed)
            case "footer": return config.footer
            case "year": return site.announcements.first?.date.year ?? 0
            case "alliance": return config.alliance.map(allianceValues)
            default: return nil
            }
        }
    }

    private func allianceValues(_ alliance: AllianceProfile) -> [String: Any] {
        var values: [String: Any] = ["name": alliance.name]
        if let shortName = alliance.shortName { values["short_name"] = shortName }
        if let founded = alliance.founded {
            values["founded"] = displayDate(founded)
            values["founded_iso"] = founded.isoDate
        }
        if let place = alliance.foundedPlace { values["founded_place"] = place }
        if let contact = alliance.secretariat {
            var secretariat: [String: Any] = [:]
            if let name = contact.name { secretariat["name"] = name }
            if let address = contact.address { secretariat["address"] = address }
            if let phone = contact.phone { secretariat["phone"] = phone }
            if let email = contact.email { secretariat["email"] = email }
            values["secretariat"] = secretariat
        }
        return values
    }

    private func navigation(for route: Route, links: Links) -> [[String: Any]] {
        navigationTargets.map { item, resolution in
            var entry: [String: Any] = ["title": item.title, "current": false, "external": false]
            switch resolution {
            case .route(let target, let suffix):
                entry["href"] = links.href(target) + suffix
                let section = target.directory
                entry["current"] = target == route || (!section.isEmpty && route.path.hasPrefix(section + "/"))
            case .unchanged, .broken:
                entry["href"] = item.link
                entry["external"] = LinkResolver.hasScheme(item.link)
            case .unsafe:
                entry["href"] = ""
            }
            return entry
        }
    }

    private func pageTitle(_ page: PlannedPage) -> String {
        switch page.kind {
        case .home: return site.config.title
        case .announcementList(let number): return strings.text(.announcements) + pageNumber(number)
        case .announcement(let index): return site.announcements[index].title
        case .tagIndex: return strings.text(.tags)
        case .tag(let index, let number): return strings.text(.tagTitle, ["tag": plan.tags[index].name]) + pageNumber(number)
        case .archiveIndex: return strings.text(.archive)
        case .archive(let index): return strings.text(.yearTitle, ["year": String(plan.years[index].year)])
        case .page(let index): return site.pages[index].title
        case .notFound: return strings.text(.notFound)
        case .memberDirectory: return strings.text(.members)
        case .memberRegions: return strings.text(.membersByRegion)
        case .memberCouncil: return strings.text(.council)
        case .formerMembers: return strings.text(.formerMembers)
        case .member(let index): return site.members[index].name
        case .initiativeIndex: return strings.text(.initiatives)
        case .initiative(let index): return site.initiatives[index].title
        case .reportIndex: return strings.text(.reports)
        case .report(let index): return site.reports[index].title
        case .item(let kind, let index): return site.kind(named: kind)?.pageTitle(ofItem: index, in: site) ?? ""
        }
    }

    /// `（第2页）` after a list's title from its second page on.
    private func pageNumber(_ number: Int) -> String {
        number > 1 ? strings.text(.pageNumber, ["page": String(number)]) : ""
    }

    /// A date as the site's readers expect it.
    func displayDate(_ date: SiteDate) -> String {
        Formatting.displayDate(date, strings: strings, language: site.config.language)
    }

    private func description(_ page: PlannedPage) -> String {
        switch page.kind {
        case .announcement(let index):
            let summary = site.announcements[index].summary
            return summary.isEmpty ? site.config.description : summary
        case .page(let index):
            return site.pages[index].summary ?? site.config.description
        case .member(let index):
            return site.members[index].summary ?? site.members[index].name
        case .initiative(let index):
            return site.initiatives[index].summary ?? site.config.description
        case .report(let index):
            return site.reports[index].summary ?? site.config.description
        default:
            return site.config.description
        }
    }

    // MARK: - Announcements

    /// An announcement in a list. Its values are computed when a template shows them, so a
    /// list that shows only the shared `html` chunk builds nothing else.
    func item(_ index: Int, links: Links) -> LazyValues {
        LazyValues { name in
            guard name == "html" else { return itemValue(name, index, links: links) }
            guard let chunks else { return false }
            // The item as the theme's list partial shows it, made once for all the lists it is in.
            let key = SharedChunks.Key(partial: SharedChunks.announcementItem, index: index)
            return chunks.value(key, links: links) {
                let shared = chunks.placeholderLinks
                return itemValues(index, links: shared).merging(["site": siteValues(links: shared), "root": shared.root]) { own, _ in own }
            }
        }
    }

    /// One value of ``itemValues(_:links:)``.
    private func itemValue(_ name: String, _ index: Int, links: Links) -> Any? {
        let value = site.announcements[index]
        switch name {
        case "title": return value.title
        case "href": return links.href(Routes.announcement(slug: value.slug))
        case "date": return displayDate(value.date)
        case "date_iso": return value.date.isoDate
        case "year": return value.date.year
        case "tags": return tagLinks(value.tags, links: links)
        case "summary": return value.summary.isEmpty ? false : value.summary
        case "attachment_count": return value.attachments.isEmpty ? false : value.attachments.count
        case "draft": return value.isDraft
        default: return nil
        }
    }

    /// The values of an announcement in a list. Absent values are `false`, never missing:
    /// Mustache would otherwise look the name up in the enclosing context and show, say, a
    /// member's summary under an announcement.
    private func itemValues(_ index: Int, links: Links) -> [String: Any] {
        var entry: [String: Any] = [:]
        for key in Self.itemKeys {
            entry[key] = itemValue(key, index, links: links)
        }
        return entry
    }

    /// The names of ``itemValues(_:links:)``.
    private static let itemKeys = ["title", "href", "date", "date_iso", "year", "tags", "summary", "attachment_count", "draft"]

    private func neighbour(_ index: Int, links: Links) -> [String: Any] {
        let value = site.announcements[index]
        return [
            "title": value.title,
            "href": links.href(Routes.announcement(slug: value.slug)),
            "date": displayDate(value.date),
            "date_iso": value.date.isoDate,
        ]
    }

    private func announcement(_ index: Int, links: Links, route: Route) -> [String: Any] {
        var entry = itemValues(index, links: links)
        let value = site.announcements[index]
        entry["body"] = renderBody(value.body, route: route)
        entry["author"] = value.author ?? false
        entry["source"] = false
        if let source = value.source {
            var sourceValues: [String: Any] = ["name": source.name, "url": false]
            if let url = source.url, Self.isWebURL(url) { sourceValues["url"] = url }
            entry["source"] = sourceValues
        }
        entry["attachments"] = value.attachments.map { attachment -> [String: Any] in
            [
                "title": attachment.title,
                "href": links.href(Routes.file(attachment.file)),
                "type": Formatting.fileKind(attachment.file, strings: strings),
                "extension": Path.fileExtension(attachment.file),
                "size": Formatting.fileSize(attachment.size),
                "file_name": Path.lastComponent(attachment.file),
            ]
        }
        return entry
    }

    private func tagLinks(_ tags: [String], links: Links) -> [[String: Any]] {
        tags.compactMap { name in
            guard let slug = tagSlugs[name], plan.tagIndexBySlug[slug] != nil else { return nil }
            return ["name": name, "href": links.href(Routes.tag(slug: slug))]
        }
    }

    private func tagLink(_ tag: SitePlan.TagGroup, links: Links) -> [String: Any] {
        ["name": tag.name, "href": links.href(Routes.tag(slug: tag.slug)), "count": tag.announcements.count]
    }

    private func yearLink(_ group: SitePlan.YearGroup, links: Links) -> [String: Any] {
        ["year": group.year, "href": links.href(Routes.archive(year: group.year)), "count": group.announcements.count]
    }

    private func months(of group: SitePlan.YearGroup, links: Links) -> [[String: Any]] {
        var order: [Int] = []
        var byMonth: [Int: [Int]] = [:]
        for index in group.announcements {
            let month = site.announcements[index].date.month
            if byMonth[month] == nil { order.append(month) }
            byMonth[month, default: []].append(index)
        }
        return order.map { month in
            ["month": month, "announcements": (byMonth[month] ?? []).map { item($0, links: links) }]
        }
    }

    private func pageLink(_ index: Int, links: Links) -> [String: Any]? {
        let page = site.pages[index]
        let route = Routes.page(slug: page.slug)
        guard plan.allRoutes.contains(route) else { return nil }
        return ["title": page.title, "href": links.href(route), "summary": page.summary ?? false]
    }

    /// Values for a pager: previous/next links and a window of page numbers around the current
    /// one (first, last, current ± 2), with gaps marked, so that a list of 500 pages does not
    /// put 500 links on every page.
    func pagination(current: Int, total: Int, links: Links, route: (Int) -> Route) -> [String: Any] {
        var pages: [[String: Any]] = []
        var last = 0
        for number in Pagination.window(current: current, total: total) {
            if number > last + 1 { pages.append(["gap": true, "current": false]) }
            pages.append(["number": number, "href": links.href(route(number)), "current": number == current, "gap": false])
            last = number
        }
        return [
            "current": current,
            "total": total,
            "pages": pages,
            "multiple": total > 1,
            "previous_href": current > 1 ? links.href(route(current - 1)) : false,
            "next_href": current < total ? links.href(route(current + 1)) : false,
        ]
    }

    // MARK: - Markdown

    /// The body's HTML for the page at `route`, each link resolved to a URL relative to it.
    func renderBody(_ body: MarkdownSource, route: Route) -> String {
        let resolver = LinkResolver(plan: plan)
        return body.html.html { index in
            let destination = body.links[index].destination
            switch resolver.resolve(destination, writtenIn: body.contentPath) {
            case .route(let target, let suffix): return target.href(from: route) + suffix
            case .unchanged, .broken: return destination
            case .unsafe: return ""
            }
        }
    }

    static func isWebURL(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
    }
}
