/// A month of an archive year, with its announcements.
struct MonthModel: TemplateModel {
    let month: Int
    let announcements: [AnnouncementItemModel]

    static let modelName = "archive month"
    static let fields = TemplateFields<MonthModel>([
        .number("month", "the month (1–12)") { $0.month },
        .list("announcements", "its announcements, newest first") { $0.announcements },
    ])
}
