/// One announcement's page (`announcement`).
struct AnnouncementPageModel: TemplateModel {
    let builder: PageContextBuilder
    let index: ItemIndex<Announcement>
    let route: Route
    let links: Links

    static let modelName = "announcement page"
    static let fields = TemplateFields<AnnouncementPageModel>([
        .object("announcement", "the announcement") { model in
            AnnouncementModel(item: AnnouncementItemModel(builder: model.builder, index: model.index, links: model.links), route: model.route)
        },
        .object("previous", "the next older announcement") { model in
            model.index.position + 1 < model.builder.site.announcements.count ? AnnouncementLinkModel(builder: model.builder, index: ItemIndex(model.index.position + 1), links: model.links) : nil
        },
        .object("next", "the next newer announcement") { model in
            model.index.position > 0 ? AnnouncementLinkModel(builder: model.builder, index: ItemIndex(model.index.position - 1), links: model.links) : nil
        },
    ])
}
