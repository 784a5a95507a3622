/// One member's page (`member`).
struct MemberPageModel: TemplateModel {
    let builder: PageContextBuilder
    let index: ItemIndex<Member>
    let route: Route
    let links: Links

    static let modelName = "member page"
    static let fields = TemplateFields<MemberPageModel>([
        .object("member_views", "the member pages' tabs") { MemberViewsModel(builder: $0.builder, view: .member, links: $0.links) },
        .object("member", "the member") { MemberModel(item: MemberItemModel(builder: $0.builder, index: $0.index, links: $0.links), route: $0.route) },
    ])
}
