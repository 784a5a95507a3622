/// All annual reports (`reports`).
struct ReportsPageModel: TemplateModel {
    let builder: PageContextBuilder
    let links: Links

    static let modelName = "reports page"
    static let fields = TemplateFields<ReportsPageModel>([
        .list("reports", "every report, newest first") { model in model.builder.site.reports.map { ReportItemModel(report: $0, links: model.links) } },
        .list("charts", "each keyed figure across the years") { model in
            AllianceCharts.metricHistories(model.builder.site.reports, strings: model.builder.strings).map { MetricChartModel(history: $0, strings: model.builder.strings) }
        },
    ])
}
