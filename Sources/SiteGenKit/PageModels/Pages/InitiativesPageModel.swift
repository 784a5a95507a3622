/// All initiatives by status (`initiatives`).
struct InitiativesPageModel: TemplateModel {
    let builder: PageContextBuilder
    let links: Links

    static let modelName = "initiatives page"
    static let fields = TemplateFields<InitiativesPageModel>([
        .list("groups", "initiatives by status, in the order of statuses") { model -> [InitiativeGroupModel] in
            let initiatives = model.builder.site.initiatives
            return Initiative.Status.allCases.compactMap { status in
                let items = initiatives.itemIndices.filter { initiatives[$0].status == status }
                guard !items.isEmpty else { return nil }
                return InitiativeGroupModel(
                    name: model.builder.strings.name(of: status), key: status.rawValue,
                    initiatives: items.map { InitiativeItemModel(builder: model.builder, index: $0, links: model.links) }
                )
            }
        },
    ])
}
