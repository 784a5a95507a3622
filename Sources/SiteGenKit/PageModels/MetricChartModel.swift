/// A keyed report figure across the years (`charts` on the reports page).
struct MetricChartModel: TemplateModel {
    let label: String
    let key: String
    let svg: String

    static let modelName = "figure chart"
    static let fields = TemplateFields<MetricChartModel>([
        .text("label", "the figure, as the newest report labels it") { $0.label },
        .text("key", "its key") { $0.key },
        .html("chart", "an SVG bar chart by year; emit with `{{{chart}}}`") { $0.svg },
    ])
}
