/// The home page (`home`).
struct HomePageModel: TemplateModel {
    let builder: PageContextBuilder
    let links: Links

    private var site: Site { builder.site }

    static let modelName = "home page"
    static let fields = TemplateFields<HomePageModel>([
        .list("latest", "the newest announcements") { model in
            model.site.announcements.indices.prefix(PageContextBuilder.homeAnnouncementCount).map { AnnouncementItemModel(builder: model.builder, index: ItemIndex($0), links: model.links) }
        },
        .flag("has_more", "whether there are more than those") { $0.site.announcements.count > PageContextBuilder.homeAnnouncementCount },
        .number("announcement_count", "how many announcements there are") { $0.site.announcements.count },
        .list("pages", "the free pages") { model in model.site.pages.indices.compactMap { model.builder.pageLink($0, links: model.links) } },
        .list("tags", "the twelve most used tags") { model in model.builder.plan.tags.prefix(12).map { model.builder.tagLink($0, links: model.links) } },
        .text("member_summary", "共N家成员单位，其中… (with members)") { model in
            model.site.members.isEmpty ? nil : model.builder.strings.summary(of: model.builder.currentMembers)
        },
        .number("member_count", "how many current members there are") { model in model.site.members.isEmpty ? nil : model.builder.currentMembers.members.count },
        .text("members_href", "the member directory") { model in model.site.members.isEmpty ? nil : model.links.href(Routes.memberDirectory) },
        .list("initiatives", "up to four active initiatives") { model in
            model.activeInitiatives.map { InitiativeItemModel(builder: model.builder, index: $0, links: model.links) }
        },
        .flag("has_initiatives", "whether there are active initiatives") { !$0.activeInitiatives.isEmpty },
    ])

    private var activeInitiatives: ArraySlice<ItemIndex<Initiative>> {
        site.initiatives.itemIndices.filter { site.initiatives[$0].status == .active }.prefix(4)
    }
}
