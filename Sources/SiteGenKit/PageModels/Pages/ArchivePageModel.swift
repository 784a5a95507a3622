/// The announcements of one year (`archive`).
struct ArchivePageModel: TemplateModel {
    let builder: PageContextBuilder
    let yearIndex: ItemIndex<SitePlan.YearGroup>
    let links: Links

    private var group: SitePlan.YearGroup { builder.plan.years[yearIndex] }

    static let modelName = "archive page"
    static let fields = TemplateFields<ArchivePageModel>([
        .object("year", "the year") { YearLinkModel(group: $0.group, links: $0.links) },
        .list("months", "its months, newest first") { $0.months },
        .list("announcements", "all its announcements, newest first") { model in
            model.group.announcements.map { AnnouncementItemModel(builder: model.builder, index: $0, links: model.links) }
        },
    ])

    private var months: [MonthModel] {
        var order: [Int] = []
        var byMonth: [Int: [ItemIndex<Announcement>]] = [:]
        for index in group.announcements {
            let month = builder.site.announcements[index].date.month
            if byMonth[month] == nil { order.append(month) }
            byMonth[month, default: []].append(index)
        }
        return order.map { month in
            MonthModel(builder: builder, month: month, indices: byMonth[month] ?? [], links: links)
        }
    }
}
