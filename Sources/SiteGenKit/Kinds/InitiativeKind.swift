/// Initiatives (重点项目): `Content/initiatives/<slug>.md`, by status then start year, with
/// their index page.
struct InitiativeKind: ContentKind {
    let name = "initiative"
    private static let folder = "initiatives"

    func load(into site: inout Site, with loading: ContentLoading) async {
        let initiatives = await loading.loadFolder(Self.folder, unloaded: &site.unloaded, decode: InitiativeDecoder().decode)
        site.initiatives = initiatives.sorted { ($0.status, -$0.startYear, $0.slug) < ($1.status, -$1.startYear, $1.slug) }
    }

    func bodies(in site: Site) -> [MarkdownSource] { site.initiatives.map(\.body) }

    func plan(_ site: Site, into planner: inout PagePlanner) {
        if !site.initiatives.isEmpty {
            planner.add(Routes.initiativeIndex, .initiativeIndex)
        }
        for index in site.initiatives.itemIndices {
            let initiative = site.initiatives[index]
            planner.add(
                Routes.initiative(slug: initiative.slug), .initiative(index), by: initiative.location,
                what: "initiative \"\(initiative.title)\"", contentPath: initiative.body.contentPath
            )
        }
    }

    func route(ofUnloaded contentPath: String) -> Route? {
        ContentKinds.slug(of: contentPath, in: Self.folder).map { Routes.initiative(slug: $0) }
    }
}
