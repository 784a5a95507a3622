/// All initiatives by status (`initiatives`).
struct InitiativesPageModel: TemplateModel {
    let builder: PageContextBuilder
    let links: Links

    static let modelName = "initiatives page"
    static let fields = TemplateFields<InitiativesPageModel>([
        .list("groups", "initiatives by status, in the order of statuses") { model -> [InitiativeGroupModel] in
            let initiatives = model.builder.site.initiatives
            return Initiative.Status.allCases.compactMap { status in
                let items = initiatives.indices.filter { initiatives[$0].status == status }
                guard !items.isEmpty else { return nil }
                return InitiativeGroupModel(
                    name: model.builder.strings.name(of: status), key: status.rawValue,
                    initiatives: items.map { InitiativeItemModel(builder: model.builder, index: $0, links: model.links) }
                )
            }
        },
    ])
}

/// Initiatives with the same status.
struct InitiativeGroupModel: TemplateModel {
    let name: String
    let key: String
    let initiatives: [InitiativeItemModel]

    static let modelName = "initiative group"
    static let fields = TemplateFields<InitiativeGroupModel>([
        .text("name", "the status as shown") { $0.name },
        .text("key", "the status's key") { $0.key },
        .number("count", "how many") { $0.initiatives.count },
        .list("initiatives", "the initiatives") { $0.initiatives },
    ])
}
