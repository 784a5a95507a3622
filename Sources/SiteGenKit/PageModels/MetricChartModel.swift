/// A keyed report figure across the years (`charts` on the reports page).
struct MetricChartModel: TemplateModel {
    let history: AllianceCharts.MetricHistory
    let strings: StringsTable

    static let modelName = "figure chart"
    static let fields = TemplateFields<MetricChartModel>([
        .text("label", "the figure, as the newest report labels it") { $0.history.label },
        .text("key", "its key") { $0.history.key },
        .html("chart", "an SVG bar chart by year, drawn to the scale of the figures in the same unit; emit with `{{{chart}}}`. Nothing when only one year reports the figure") { $0.history.svg },
        .text("value", "the newest value, with its unit (for a figure without a chart)") { $0.history.latest.value },
        .number("year", "the newest year that reports it") { $0.history.latest.year },
        .text("change", "the change over the chart's last two years (+25人, 持平); nothing without a chart") { model in
            guard let change = model.history.change else { return nil }
            if change.delta == 0 { return model.strings.text(.noChange) }
            return (change.delta > 0 ? "+" : "") + Formatting.quantity(change.delta, unit: model.history.unit)
        },
        .text("direction", "up, down or flat (for a class)") { $0.history.change?.direction.rawValue ?? MetricChange.Direction.flat.rawValue },
        .flag("up", "whether it rose: the theme shows ▲ (colour alone says nothing: red means up in China)") { $0.history.change?.direction == .up },
        .flag("down", "whether it fell: the theme shows ▼") { $0.history.change?.direction == .down },
    ])
}
