/// Members who left (`former-members`).
struct FormerMembersPageModel: TemplateModel {
    let builder: PageContextBuilder
    let links: Links

    static let modelName = "former-members page"
    static let fields = TemplateFields<FormerMembersPageModel>([
        .object("member_views", "the member pages' tabs") { MemberViewsModel(builder: $0.builder, view: .former, links: $0.links) },
        .list("members", "former members, latest departure first") { model in
            MembershipChanges.formerMembers(model.builder.site.members).map { MemberItemModel(builder: model.builder, index: $0, links: model.links) }
        },
    ])
}
