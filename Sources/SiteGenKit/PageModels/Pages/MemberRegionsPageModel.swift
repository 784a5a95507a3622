/// Current members by region (`members-by-region`).
struct MemberRegionsPageModel: TemplateModel {
    let builder: PageContextBuilder
    let links: Links

    static let modelName = "members-by-region page"
    static let fields = TemplateFields<MemberRegionsPageModel>([
        .object("member_views", "the member pages' tabs") { MemberViewsModel(builder: $0.builder, view: .regions, links: $0.links) },
        .list("regions", "current members by region, most members first") { model in
            model.builder.currentMembers.byRegion.map { group in
                MemberGroupModel(name: group.value, key: nil, count: group.count, measureWord: nil, members: group.members.map { MemberItemModel(builder: model.builder, index: $0, links: model.links) })
            }
        },
    ])
}
