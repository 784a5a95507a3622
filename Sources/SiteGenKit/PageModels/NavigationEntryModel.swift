/// One entry of `nav`, the site's navigation from `site.yaml`.
struct NavigationEntryModel: TemplateModel {
    let title: String
    let href: String
    let isCurrent: Bool
    let isExternal: Bool

    static let modelName = "navigation entry"
    static let fields = TemplateFields<NavigationEntryModel>([
        .text("title", "the entry's title") { $0.title },
        .text("href", "where it leads") { $0.href },
        .flag("current", "whether the page is this entry's page or inside its section") { $0.isCurrent },
        .flag("external", "whether it leads off the site") { $0.isExternal },
    ])
}
