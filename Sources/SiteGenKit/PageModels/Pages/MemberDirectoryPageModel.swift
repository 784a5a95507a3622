/// Current members by type (`members`).
struct MemberDirectoryPageModel: TemplateModel {
    let builder: PageContextBuilder
    let links: Links

    static let modelName = "members page"
    static let fields = TemplateFields<MemberDirectoryPageModel>([
        .object("member_views", "the member pages' tabs") { MemberViewsModel(builder: $0.builder, view: .directory, links: $0.links) },
        .list("groups", "current members by type, in the order of types") { model in
            model.builder.currentMembers.byType.map { group in
                MemberGroupModel(
                    name: model.builder.strings.name(of: group.value), key: group.value.rawValue, count: group.count,
                    measureWord: model.builder.strings.measureWord(of: group.value), members: group.members.map { MemberItemModel(builder: model.builder, index: $0, links: model.links) }
                )
            }
        },
        .list("types", "the same as counts") { model in
            model.builder.currentMembers.byType.map {
                MemberGroupModel(name: model.builder.strings.name(of: $0.value), key: nil, count: $0.count, measureWord: model.builder.strings.measureWord(of: $0.value), members: nil)
            }
        },
    ])
}
