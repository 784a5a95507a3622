/// The site search's results page (`search`): `assets/search.js` fills it in; without
/// JavaScript it offers the archive's years.
struct SearchPageModel: TemplateModel {
    let builder: PageContextBuilder
    let links: Links

    static let modelName = "search page"
    static let fields = TemplateFields<SearchPageModel>([
        .list("years", "every year with announcements, newest first (for browsers without JavaScript)") { model in
            model.builder.plan.years.map { YearLinkModel(group: $0, links: model.links) }
        },
    ])
}
