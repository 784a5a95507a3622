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
