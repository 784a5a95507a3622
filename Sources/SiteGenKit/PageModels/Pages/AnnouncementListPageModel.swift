/// A page of the announcements list (`announcement-list`).
struct AnnouncementListPageModel: TemplateModel {
    let builder: PageContextBuilder
    let number: Int
    let links: Links

    static let modelName = "announcement-list page"
    static let fields = TemplateFields<AnnouncementListPageModel>([
        .list("announcements", "this page's announcements") { model in
            let perPage = max(1, model.builder.site.config.perPage)
            return model.builder.site.announcements.indices.dropFirst((model.number - 1) * perPage).prefix(perPage).map {
                AnnouncementItemModel(builder: model.builder, index: ItemIndex($0), links: model.links)
            }
        },
        .object("pagination", "the pager") { model in
            PaginationModel(current: model.number, total: model.builder.plan.announcementListPages, links: model.links) { Routes.announcementList(page: $0) }
        },
        .number("announcement_count", "how many announcements there are") { $0.builder.site.announcements.count },
    ])
}
