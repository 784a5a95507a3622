/// A page of the announcements with one tag (`tag`).
struct TagPageModel: TemplateModel {
    let builder: PageContextBuilder
    let tagIndex: ItemIndex<SitePlan.TagGroup>
    let number: Int
    let links: Links

    private var tag: SitePlan.TagGroup { builder.plan.tags[tagIndex] }

    static let modelName = "tag page"
    static let fields = TemplateFields<TagPageModel>([
        .object("tag", "the tag") { $0.builder.tagLink($0.tag, links: $0.links) },
        .list("announcements", "this page's announcements with the tag") { model in
            let perPage = max(1, model.builder.site.config.perPage)
            return model.tag.announcements.dropFirst((model.number - 1) * perPage).prefix(perPage).map {
                AnnouncementItemModel(builder: model.builder, index: $0, links: model.links)
            }
        },
        .object("pagination", "the pager") { model in
            let tag = model.tag
            return PaginationModel(current: model.number, total: Pagination.pageCount(tag.announcements.count, perPage: max(1, model.builder.site.config.perPage)), links: model.links) {
                Routes.tag(slug: tag.slug, page: $0)
            }
        },
    ])
}
