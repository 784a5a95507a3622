/// One year's value in the targets table.
struct CellModel: TemplateModel {
    let value: String
    let met: Bool

    static let modelName = "target cell"
    static let fields = TemplateFields<CellModel>([
        .text("value", "the value, or —") { $0.value },
        .flag("met", "whether it meets a yearly goal") { $0.met },
    ])
}
