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
