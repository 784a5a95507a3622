/// Free pages (独立页面): `Content/pages/*.md`, by `nav_order` then title, each at `/<slug>/`.
struct PageKind: ContentKind {
    let name = "page"
    private static let folder = "pages"

    func load(into site: inout Site, with loading: ContentLoading) async {
        let pages = await loading.loadFolder(Self.folder, unloaded: &site.unloaded, decode: PageDecoder().decode)
        site.pages = pages.sorted { ($0.navOrder ?? Int.max, $0.title, $0.slug) < ($1.navOrder ?? Int.max, $1.title, $1.slug) }
    }

    func bodies(in site: Site) -> [MarkdownSource] { site.pages.map(\.body) }

    func plan(_ site: Site, into planner: inout PagePlanner) {
        for index in site.pages.itemIndices {
            let page = site.pages[index]
            if Routes.reservedTopLevelNames.contains(page.slug) {
                planner.diagnostics.error(at: page.location, "the slug \"\(page.slug)\" is reserved for sitegen's own pages", hint: "set another 'slug:' or rename the file")
                continue
            }
            guard planner.add(Routes.page(slug: page.slug), .page(index), by: page.location, what: "page \"\(page.title)\"", contentPath: page.body.contentPath) else { continue }
            planner.addRedirects(page.aliases, to: Routes.page(slug: page.slug), title: page.title)
        }
    }

    func route(ofUnloaded contentPath: String) -> Route? {
        ContentKinds.slug(of: contentPath, in: Self.folder).map { Routes.page(slug: $0) }
    }
}
