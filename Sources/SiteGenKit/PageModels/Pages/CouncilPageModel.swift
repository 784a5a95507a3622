/// The council: current members by council role (`council`).
struct CouncilPageModel: TemplateModel {
    let builder: PageContextBuilder
    let links: Links

    static let modelName = "council page"
    static let fields = TemplateFields<CouncilPageModel>([
        .object("member_views", "the member pages' tabs") { MemberViewsModel(builder: $0.builder, view: .council, links: $0.links) },
        .list("roles", "members by council role, by rank (ordinary members left out)") { model in
            model.builder.currentMembers.byRole.filter { $0.value != .member }.map { group in
                MemberGroupModel(
                    name: model.builder.strings.name(of: group.value), key: group.value.rawValue, count: group.count, measureWord: nil,
                    members: group.members.map { MemberItemModel(builder: model.builder, index: $0, links: model.links) }
                )
            }
        },
        .number("ordinary_count", "how many members hold no council role") { $0.builder.currentMembers.byRole.first { $0.value == .member }?.count ?? 0 },
    ])
}
