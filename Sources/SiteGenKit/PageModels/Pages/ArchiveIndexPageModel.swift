/// The archive's years (`archive-index`).
struct ArchiveIndexPageModel: TemplateModel {
    let builder: PageContextBuilder
    let links: Links

    static let modelName = "archive-index page"
    static let fields = TemplateFields<ArchiveIndexPageModel>([
        .list("years", "every year with announcements, newest first") { model in model.builder.plan.years.map { YearLinkModel(group: $0, links: model.links) } },
    ])
}
