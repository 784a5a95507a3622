/// An annual report in a list, and the start of its page.
struct ReportItemModel: TemplateModel {
    let report: AnnualReport
    let links: Links

    static let modelName = "report item"
    static let fields = TemplateFields<ReportItemModel>([
        .number("year", "the year it covers") { $0.report.year },
        .text("title", "its title") { $0.report.title },
        .text("href", "its page") { $0.links.href(Routes.report(year: $0.report.year)) },
        .text("summary", "one line about it") { $0.report.summary },
    ])
}

/// The report before or after this one (`older`, `newer`).
struct ReportLinkModel: TemplateModel {
    let report: AnnualReport
    let links: Links

    static let modelName = "neighbouring report"
    static let fields = TemplateFields<ReportLinkModel>([
        .text("title", "its title") { $0.report.title },
        .text("href", "its page") { $0.links.href(Routes.report(year: $0.report.year)) },
    ])
}

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
