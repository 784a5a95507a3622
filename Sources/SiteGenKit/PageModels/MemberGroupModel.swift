/// A group of members with what they share — a type, a region, a council role — and how many
/// they are; in counts (`types`, `members_by_region`) without the members themselves.
struct MemberGroupModel: TemplateModel {
    let name: String
    let key: String?
    let count: Int
    let measureWord: String?
    let members: [MemberItemModel]?

    static let modelName = "member group"
    static let fields = TemplateFields<MemberGroupModel>([
        .text("name", "the type, region or role as shown") { $0.name },
        .text("key", "the type's or role's key (for `id=` and classes)") { $0.key },
        .number("count", "how many members") { $0.count },
        .text("measure", "the measure word of a type (所, 家, 个)") { $0.measureWord },
        .list("members", "the members, by join date") { $0.members ?? [] },
    ])
}
