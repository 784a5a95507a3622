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
