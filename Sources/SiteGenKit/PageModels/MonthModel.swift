/// A month of an archive year, with its announcements.
struct MonthModel: TemplateModel {
    let builder: PageContextBuilder
    let month: Int
    /// Its announcements, newest first.
    let indices: [ItemIndex<Announcement>]
    let links: Links

    static let modelName = "archive month"
    static let fields = TemplateFields<MonthModel>([
        .number("month", "the month (1–12)") { $0.month },
        .list("announcements", "its announcements, newest first") { model in
            model.indices.map { AnnouncementItemModel(builder: model.builder, index: $0, links: model.links) }
        },
        .html("announcement_items", "the list items of `announcements`, one after another; emit with `{{{announcement_items}}}` (a page shows a list of any length this way by one shape, and renders faster)") { model in
            model.builder.sharedItemsHTML(model.indices, links: model.links)
        },
    ])
}
