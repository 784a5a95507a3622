/// `member` on a member's own page: the item's values, its profile and what it takes part in.
struct MemberModel: TemplateModel {
    let item: MemberItemModel
    let route: Route

    private var builder: PageContextBuilder { item.builder }
    private var member: Member { builder.site.members[item.index] }

    static let modelName = "member"
    static let fields = TemplateFields<MemberModel>(including: MemberItemModel.self, from: \.item, [
        .text("website", "its web site") { $0.member.website },
        .html("profile", "its profile as HTML; emit with `{{{profile}}}`") { model in model.member.profile.map { model.builder.renderBody($0, route: model.route) } },
        .list("initiatives", "the initiatives it leads, then those it takes part in (with `as`)") { model in
            let alliance = model.builder.alliance
            let led = (alliance.initiativesLedByMember[model.item.index] ?? []).map {
                InitiativeItemModel(builder: model.builder, index: $0, links: model.item.links, role: model.builder.strings.text(.lead))
            }
            let joined = (alliance.initiativesJoinedByMember[model.item.index] ?? []).map {
                InitiativeItemModel(builder: model.builder, index: $0, links: model.item.links, role: model.builder.strings.text(.partners))
            }
            return led + joined
        },
        .list("announcements", "the announcements that name it, newest first") { model in
            (model.builder.alliance.announcementsByMember[model.item.index] ?? []).map { model.builder.item($0, links: model.item.links) }
        },
        .html("announcement_items", "the list items of `announcements`, one after another; emit with `{{{announcement_items}}}` (a page shows a list of any length this way by one shape, and renders faster)") { model in
            model.builder.sharedItemsHTML(model.builder.alliance.announcementsByMember[model.item.index] ?? [], links: model.item.links)
        },
    ])
}
