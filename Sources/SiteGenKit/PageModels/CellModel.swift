/// One year's value in the targets table.
struct CellModel: TemplateModel {
    let year: Int
    let value: String
    let met: Bool

    static let modelName = "target cell"
    static let fields = TemplateFields<CellModel>([
        .number("year", "the year (the column's heading, for a theme that shows rows as cards)") { $0.year },
        .text("value", "the value, or —") { $0.value },
        .flag("met", "whether it meets a yearly goal") { $0.met },
    ])
}
