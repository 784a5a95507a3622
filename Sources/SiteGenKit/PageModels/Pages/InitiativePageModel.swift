/// One initiative's page (`initiative`).
struct InitiativePageModel: TemplateModel {
    let builder: PageContextBuilder
    let index: ItemIndex<Initiative>
    let route: Route
    let links: Links

    static let modelName = "initiative page"
    static let fields = TemplateFields<InitiativePageModel>([
        .object("initiative", "the initiative") { InitiativeModel(item: InitiativeItemModel(builder: $0.builder, index: $0.index, links: $0.links), route: $0.route) },
    ])
}
