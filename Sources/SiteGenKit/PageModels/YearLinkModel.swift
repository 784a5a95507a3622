/// A year of the archive.
struct YearLinkModel: TemplateModel {
    let group: SitePlan.YearGroup
    let links: Links

    static let modelName = "archive year"
    static let fields = TemplateFields<YearLinkModel>([
        .number("year", "the year") { $0.group.year },
        .text("href", "its page") { $0.links.href(Routes.archive(year: $0.group.year)) },
        .number("count", "how many announcements it has") { $0.group.announcements.count },
    ])
}

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
