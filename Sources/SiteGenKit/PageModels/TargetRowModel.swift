/// A target of an initiative and how it stands (a row of the targets table, and its chart).
struct TargetRowModel: TemplateModel {
    let progress: TargetProgress
    let strings: StringsTable
    /// The largest value among the charts of the targets it is compared with.
    var scaleMaximum: Double? = nil

    private var target: Initiative.Target { progress.target }

    static let modelName = "target"
    static let fields = TemplateFields<TargetRowModel>([
        .text("label", "what is counted") { $0.target.label },
        .text("goal", "the goal (30家/年 for a yearly one)") { AllianceCharts.goal(of: $0.target, strings: $0.strings) },
        .flag("per_year", "whether the goal is for each year") { $0.target.perYear },
        .text("status", "how it stands (2/3 年达标, 累计…，完成85%), — without progress") { $0.status },
        .list("cells", "each progress year's value (targets with a key)") { model -> [CellModel] in
            guard model.target.key != nil else { return [] }
            return zip(model.progress.years, model.progress.values).map { year, value in
                CellModel(year: year, value: value.map { Formatting.quantity($0, unit: model.target.unit) } ?? "—", met: value.map(model.progress.meets) ?? false)
            }
        },
        .html("chart", "an SVG bar chart of the progress; emit with `{{{chart}}}`") { AllianceCharts.target($0.progress, strings: $0.strings, scaleMaximum: $0.scaleMaximum) },
    ])

    private var status: String {
        guard target.key != nil, !progress.reported.isEmpty else { return "—" }
        if target.perYear {
            return strings.text(.yearsMet, ["met": String(progress.yearsMet), "total": String(progress.reported.count)])
        }
        return strings.text(.cumulative, ["amount": Formatting.quantity(progress.cumulative, unit: target.unit), "percent": String(progress.percentComplete)])
    }
}
