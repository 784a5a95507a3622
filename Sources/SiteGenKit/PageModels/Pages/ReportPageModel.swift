/// One annual report's page (`report`).
struct ReportPageModel: TemplateModel {
    let builder: PageContextBuilder
    let index: ItemIndex<AnnualReport>
    let route: Route
    let links: Links

    static let modelName = "report page"
    static let fields = TemplateFields<ReportPageModel>([
        .object("report", "the report") { ReportModel(builder: $0.builder, index: $0.index, route: $0.route, links: $0.links) },
    ])
}
