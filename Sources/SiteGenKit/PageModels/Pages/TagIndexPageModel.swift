/// The list of tags (`tag-index`).
struct TagIndexPageModel: TemplateModel {
    let builder: PageContextBuilder
    let links: Links

    static let modelName = "tag-index page"
    static let fields = TemplateFields<TagIndexPageModel>([
        .list("tags", "every tag, most used first") { model in model.builder.plan.tags.map { model.builder.tagLink($0, links: model.links) } },
    ])
}
