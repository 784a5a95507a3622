/// Builds the values a template sees for one page.
///
/// Every value is plain data (strings, numbers, booleans, arrays and dictionaries); every URL
/// is already relative to the page, so templates never build URLs. The one HTML value is a
/// rendered Markdown body (`body`), which templates emit with triple braces.
final class PageContextBuilder: Sendable {
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

    /// The kinds of content, for the pages of added kinds.
    let kinds: [any ContentKind]

    /// A builder for the pages of `site`; `chunkMemory` and `itemKeys` carry list items between
    /// the builds of a session (see ``ChunkMemory``).
    init(
        site: Site, plan: SitePlan, alliance: AllianceIndex, markdown: any MarkdownConverter, templates: (any TemplateRenderer)? = nil,
        kinds: [any ContentKind] = ContentKinds.builtIn, chunkMemory: ChunkMemory? = nil, itemKeys: [UInt64] = []
    ) {
        self.kinds = kinds
        self.site = site
        self.chunks = templates.map { SharedChunks(templates: $0, announcementCount: site.announcements.count, memory: chunkMemory, itemKeys: itemKeys) }
        self.strings = StringsTable.forLanguage(site.config.language)
        self.plan = plan
        self.alliance = alliance
        self.markdown = markdown
        let resolver = LinkResolver(plan: plan)
        navigationTargets = site.config.navigation.map { ($0, resolver.resolve($0.link, writtenIn: nil)) }
        var slugs: [String: String] = [:]
        for tag in site.announcements.flatMap(\.tags) where slugs[tag] == nil { slugs[tag] = Slug.forTag(tag) }
        tagSlugs = slugs
        currentMembers = MemberStatistics(members: site.members.itemIndices.filter { site.members[$0].isCurrent }, of: site.members)
    }

    /// How many announcements the home page shows.
    static let homeAnnouncementCount = 6

    /// What the template of `page` sees.
    func context(for page: PlannedPage) -> PageModel {
        let links = Links(origin: page.route, absoluteBase: page.kind == .notFound ? site.config.baseURL : nil)
        return PageModel(content: content(for: page, links: links), common: common(page, links: links))
    }

    /// The values of the page's kind.
    private func content(for page: PlannedPage, links: Links) -> any TemplateModel {
        switch page.kind {
        case .home:
            return HomePageModel(builder: self, links: links)
        case .announcementList(let number):
            return AnnouncementListPageModel(builder: self, number: number, links: links)
        case .announcement(let index):
            return AnnouncementPageModel(builder: self, index: index, route: page.route, links: links)
        case .tagIndex:
            return TagIndexPageModel(builder: self, links: links)
        case .tag(let index, let number):
            return TagPageModel(builder: self, tagIndex: index, number: number, links: links)
        case .archiveIndex:
            return ArchiveIndexPageModel(builder: self, links: links)
        case .archive(let index):
            return ArchivePageModel(builder: self, yearIndex: index, links: links)
        case .page(let index):
            return FreePageModel(content: FreePageContentModel(builder: self, index: index, route: page.route))
        case .notFound:
            return NotFoundPageModel(builder: self, links: links)
        case .search:
            return SearchPageModel(builder: self, links: links)
        case .memberDirectory:
            return MemberDirectoryPageModel(builder: self, links: links)
        case .memberRegions:
            return MemberRegionsPageModel(builder: self, links: links)
        case .memberCouncil:
            return CouncilPageModel(builder: self, links: links)
        case .formerMembers:
            return FormerMembersPageModel(builder: self, links: links)
        case .member(let index):
            return MemberPageModel(builder: self, index: index, route: page.route, links: links)
        case .initiativeIndex:
            return InitiativesPageModel(builder: self, links: links)
        case .initiative(let index):
            return InitiativePageModel(builder: self, index: index, route: page.route, links: links)
        case .reportIndex:
            return ReportsPageModel(builder: self, links: links)
        case .report(let index):
            return ReportPageModel(builder: self, index: index, route: page.route, links: links)
        case .item(let kind, let index):
            guard let kind = kinds.kind(named: kind) else { return DictionaryModel(values: [:]) }
            let itemPage = ItemPage(site: site, route: page.route, links: links) { self.renderBody($0, route: page.route).renderText }
            return DictionaryModel(values: kind.pageValues(ofItem: index, on: itemPage))
        }
    }

    // MARK: - Shared values

    private func common(_ page: PlannedPage, links: Links) -> CommonPageModel {
        var chrome: ChromeModel?
        if let chunks {
            // The header and footer see only `site`, `nav` and `root`: pages whose navigation
            // marks the same entry current share them.
            let current = String(navigationTargets.map { _, resolution in
                if case .route(let target, _) = resolution, Self.isCurrent(target, on: page.route) { "1" } else { "0" }
            })
            let shared = chunks.placeholderLinks
            let values: () -> Any = { [self] in
                ChunkModel(site: SiteModel(builder: self, links: shared), root: shared.root, navigation: self.navigation(for: page.route, links: shared))
            }
            chrome = ChromeModel(
                header: chunks.value(SharedChunks.Key(partial: SharedChunks.header, variant: current), links: links, context: values),
                footer: chunks.value(SharedChunks.Key(partial: SharedChunks.footer, variant: current), links: links, context: values)
            )
        }
        let canonical = page.kind == .notFound ? nil : site.config.baseURL.map { page.route.absoluteURL(base: $0) }
        var common = CommonPageModel(
            site: SiteModel(builder: self, links: links), root: links.root, navigation: { [self] in navigation(for: page.route, links: links) },
            pageTitle: pageTitle(page), description: description(page), canonicalURL: canonical, chrome: chrome
        )
        if case .announcement = page.kind { common.isArticle = true }
        if page.kind == .notFound, site.config.baseURL != nil {
            // Its links are absolute so that it works at any address; a copy opened from disk
            // (off-line) still finds the stylesheet beside it.
            common.localStylesheet = Links(origin: page.route, absoluteBase: nil).href(Routes.asset("style.css"))
        }
        return common
    }

    private func navigation(for route: Route, links: Links) -> [NavigationEntryModel] {
        navigationTargets.map { item, resolution in
            switch resolution {
            case .route(let target, let suffix):
                return NavigationEntryModel(title: item.title, href: links.href(target) + suffix, isCurrent: Self.isCurrent(target, on: route), isExternal: false)
            case .unchanged, .broken:
                return NavigationEntryModel(title: item.title, href: item.link, isCurrent: false, isExternal: URLSchemes.hasScheme(item.link))
            case .unsafe:
                return NavigationEntryModel(title: item.title, href: "", isCurrent: false, isExternal: false)
            }
        }
    }

    /// Whether a navigation entry leading to `target` is the current one on the page at `route`:
    /// its page, or a page in its section.
    private static func isCurrent(_ target: Route, on route: Route) -> Bool {
        let section = target.directory
        return target == route || (!section.isEmpty && route.path.hasPrefix(section + "/"))
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
        case .search: return strings.text(.siteSearch)
        case .memberDirectory: return strings.text(.members)
        case .memberRegions: return strings.text(.membersByRegion)
        case .memberCouncil: return strings.text(.council)
        case .formerMembers: return strings.text(.formerMembers)
        case .member(let index): return site.members[index].name
        case .initiativeIndex: return strings.text(.initiatives)
        case .initiative(let index): return site.initiatives[index].title
        case .reportIndex: return strings.text(.reports)
        case .report(let index): return site.reports[index].title
        case .item(let kind, let index): return kinds.kind(named: kind)?.pageTitle(ofItem: index, in: site) ?? ""
        }
    }

    /// `（第2页）` after a list's title from its second page on.
    private func pageNumber(_ number: Int) -> String {
        number > 1 ? strings.text(.pageNumber, ["page": String(number)]) : ""
    }

    /// A date as the site's readers expect it.
    func displayDate(_ date: SiteDate) -> String {
        strings.displayDate(date, language: site.config.language)
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

    /// An announcement's list item as the theme's partial shows it, made once for all the lists
    /// it is in; `false` when the theme renders items itself.
    func sharedItemHTML(_ index: ItemIndex<Announcement>, links: Links) -> Any {
        guard let chunks, chunks.has(SharedChunks.announcementItem) else { return false }
        return LazyHTML({ [self] in chunks.item(index.position) { itemModel(index) }.html(links: links) }, append: { [self] output in
            chunks.item(index.position) { itemModel(index) }.append(to: &output, links: links)
        })
    }

    /// The list items of `indices` (``sharedItemHTML(_:links:)``) as one value, added to the page
    /// one after another; nil when there are none. A page shows them with one value, so that
    /// pages with lists of every length render by one shape (see ``TemplateShapes``).
    func sharedItemsHTML(_ indices: [ItemIndex<Announcement>], links: Links) -> Any? {
        guard !indices.isEmpty else { return nil }
        // Without the item partial each item is `false`, which a template shows as its text.
        guard let chunks, chunks.has(SharedChunks.announcementItem) else { return String(repeating: "\(false)", count: indices.count) }
        let append = { [self] (output: inout [UInt8]) in
            for index in indices { chunks.item(index.position) { itemModel(index) }.append(to: &output, links: links) }
        }
        return LazyHTML({
            var html: [UInt8] = []
            append(&html)
            return String(decoding: html, as: UTF8.self)
        }, append: append)
    }

    /// The values an announcement's shared list item is rendered with (made only when it is).
    private func itemModel(_ index: ItemIndex<Announcement>) -> Any {
        let shared = chunks?.placeholderLinks ?? Links(origin: .home, absoluteBase: nil)
        return PageModel(
            content: AnnouncementItemModel(builder: self, index: index, links: shared),
            common: ChunkModel(site: SiteModel(builder: self, links: shared), root: shared.root, navigation: nil)
        )
    }

    /// An announcement in a list (also the alliance pages' lists).
    func item(_ index: ItemIndex<Announcement>, links: Links) -> AnnouncementItemModel {
        AnnouncementItemModel(builder: self, index: index, links: links)
    }

    /// The tags among `tags` that have pages.
    func tagLinks(_ tags: [String], links: Links) -> [TagLinkModel] {
        tags.compactMap { name in
            guard let slug = tagSlugs[name], plan.tagIndexBySlug[slug] != nil else { return nil }
            return TagLinkModel(name: name, href: links.href(Routes.tag(slug: slug)), count: nil)
        }
    }

    /// A tag with its count.
    func tagLink(_ tag: SitePlan.TagGroup, links: Links) -> TagLinkModel {
        TagLinkModel(name: tag.name, href: links.href(Routes.tag(slug: tag.slug)), count: tag.announcements.count)
    }

    /// The member `reference` names, in a list; nil when there is no such member.
    func memberItem(_ reference: Reference, links: Links) -> MemberItemModel? {
        alliance.memberByID[MemberID(reference.id)].map { MemberItemModel(builder: self, index: $0, links: links) }
    }

    /// A free page that is published.
    func pageLink(_ index: Int, links: Links) -> PageLinkModel? {
        let page = site.pages[index]
        let route = Routes.page(slug: page.slug)
        guard plan.allRoutes.contains(route) else { return nil }
        return PageLinkModel(page: page, href: links.href(route))
    }

    // MARK: - Markdown

    /// The body's HTML for the page at `route`, each link resolved to a URL relative to it;
    /// made when a template shows it, and appended to the page's bytes without a string.
    func renderBody(_ body: MarkdownSource, route: Route) -> LazyHTML {
        LazyHTML({ [self] in
            var bytes: [UInt8] = []
            appendBody(body, route: route, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }, append: { [self] output in
            appendBody(body, route: route, to: &output)
        })
    }

    /// Appends the body's HTML for the page at `route` to `output`.
    private func appendBody(_ body: MarkdownSource, route: Route, to output: inout [UInt8]) {
        let resolver = LinkResolver(plan: plan)
        body.html.append(to: &output) { index in
            let destination = body.links[index].destination
            switch resolver.resolve(destination, writtenIn: body.contentPath) {
            case .route(let target, let suffix): return target.href(from: route) + suffix
            case .unchanged, .broken: return destination
            case .unsafe: return ""
            }
        }
    }
}
