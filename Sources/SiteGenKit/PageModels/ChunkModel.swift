/// What a shared chunk is rendered with: only the values its partial is documented to see.
struct ChunkModel: TemplateModel {
    let site: SiteModel
    let root: String
    /// The navigation, for the header and footer; nil for a list item.
    let navigation: [NavigationEntryModel]?

    static let modelName = "chunk"
    static let fields = TemplateFields<ChunkModel>([
        .object("site", "the site") { $0.site },
        .text("root", "the prefix that leads to the top of the site") { $0.root },
        .list("nav", "the navigation (header and footer only)") { $0.navigation ?? [] },
    ])
}
