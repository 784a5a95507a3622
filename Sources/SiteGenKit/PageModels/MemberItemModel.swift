/// A member in a list, and the start of a member's page.
struct MemberItemModel: TemplateModel {
    let builder: PageContextBuilder
    let index: ItemIndex<Member>
    let links: Links

    private var member: Member { builder.site.members[index] }

    static let modelName = "member item"
    static let fields = TemplateFields<MemberItemModel>([
        .text("id", "the member's id") { $0.member.id.rawValue },
        .text("name", "its full name") { $0.member.name },
        .text("short_name", "its short name") { $0.member.shortName },
        .text("href", "its page") { $0.links.href(Routes.member(id: $0.member.id)) },
        .text("type", "its type as shown (技工院校)") { $0.builder.strings.name(of: $0.member.type) },
        .text("type_key", "its type's key (technical-school)") { $0.member.type.rawValue },
        .text("region", "its province-level region") { $0.member.region },
        .text("city", "its city") { $0.member.city },
        .text("role", "its council role as shown (理事单位)") { $0.builder.strings.name(of: $0.member.role) },
        .text("role_key", "its council role's key (director)") { $0.member.role.rawValue },
        .flag("council", "whether it holds a council role") { $0.member.role != .member },
        .text("joined", "when it joined, as readers write dates") { $0.builder.displayDate($0.member.joined) },
        .text("joined_iso", "the same, as YYYY-MM-DD") { $0.member.joined.isoDate },
        .text("left", "when it left") { model in model.member.left.map(model.builder.displayDate) },
        .text("left_iso", "the same, as YYYY-MM-DD") { $0.member.left?.isoDate },
        .text("summary", "one line about it") { $0.member.summary },
    ])
}
