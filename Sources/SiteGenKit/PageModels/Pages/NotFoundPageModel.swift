/// The page a server shows for a missing address (`404`); its links are absolute.
struct NotFoundPageModel: TemplateModel {
    let builder: PageContextBuilder
    let links: Links

    static let modelName = "404 page"
    static let fields = TemplateFields<NotFoundPageModel>([
        .list("latest", "the five newest announcements") { model in
            model.builder.site.announcements.indices.prefix(5).map { AnnouncementItemModel(builder: model.builder, index: ItemIndex($0), links: model.links) }
        },
    ])
}
