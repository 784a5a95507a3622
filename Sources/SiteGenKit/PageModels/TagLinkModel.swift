/// A tag: on an announcement, in the tag list, on a tag's page.
struct TagLinkModel: TemplateModel {
    let name: String
    let href: String
    /// How many announcements carry it, where a list shows that.
    let count: Int?

    static let modelName = "tag"
    static let fields = TemplateFields<TagLinkModel>([
        .text("name", "the tag as first written") { $0.name },
        .text("href", "its page") { $0.href },
        .number("count", "how many announcements carry it (tag lists and tag pages)") { $0.count },
    ])
}
