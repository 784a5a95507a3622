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
