/// `report` on its own page: the item's values, its figures, the members that year and what
/// was done.
struct ReportModel: TemplateModel {
    let builder: PageContextBuilder
    let index: ItemIndex<AnnualReport>
    let route: Route
    let links: Links

    private var site: Site { builder.site }
    private var report: AnnualReport { site.reports[index] }
    private var previous: AnnualReport? { site.reports.first { $0.year == report.year - 1 } }
    private var atYearEnd: MemberStatistics {
        MemberStatistics(members: MemberStatistics.members(site.members, on: .endOfYear(report.year)), of: site.members)
    }

    static let modelName = "report"
    static let fields = TemplateFields<ReportModel>(including: ReportItemModel.self, from: { ReportItemModel(report: $0.report, links: $0.links) }, [
        .html("body", "its text as HTML; emit with `{{{body}}}`") { $0.builder.renderBody($0.report.body, route: $0.route) },
        .text("updated", "when it was last revised (`updated:`), as readers write dates") { model in model.report.updated.map(model.builder.displayDate) },
        .text("updated_iso", "the same, as YYYY-MM-DD") { $0.report.updated?.isoDate },
        .list("metrics", "its figures") { model in
            model.report.metrics.map { metric in
                let before = metric.key.flatMap { key in model.previous?.metrics.first { $0.key == key } }
                return MetricRowModel(metric: metric, previous: before, strings: model.builder.strings)
            }
        },
        .number("previous_year", "the year before, when there is a report for it") { $0.previous?.year },
        .object("older", "the next older report") { model in model.site.reports.first { $0.year < model.report.year }.map { ReportLinkModel(report: $0, links: model.links) } },
        .object("newer", "the next newer report") { model in model.site.reports.last { $0.year > model.report.year }.map { ReportLinkModel(report: $0, links: model.links) } },
        .number("member_count", "members at the year's end (with members)") { $0.site.members.isEmpty ? nil : $0.atYearEnd.members.count },
        .text("members_summary", "共N家成员单位，其中… at the year's end") { $0.site.members.isEmpty ? nil : $0.builder.strings.summary(of: $0.atYearEnd) },
        .list("members_by_type", "members at the year's end by type (counts)") { model in
            model.site.members.isEmpty ? [] : model.atYearEnd.byType.map {
                MemberGroupModel(name: model.builder.strings.name(of: $0.value), key: nil, count: $0.count, measureWord: model.builder.strings.measureWord(of: $0.value), members: nil)
            }
        },
        .list("members_by_region", "members at the year's end by region (counts)") { model in
            model.site.members.isEmpty ? [] : model.atYearEnd.byRegion.map { MemberGroupModel(name: $0.value, key: nil, count: $0.count, measureWord: nil, members: nil) }
        },
        .list("joined", "members that joined that year") { model in
            MembershipChanges.joined(in: model.report.year, among: model.site.members).map { MemberItemModel(builder: model.builder, index: $0, links: model.links) }
        },
        .number("joined_count", "how many joined") { MembershipChanges.joined(in: $0.report.year, among: $0.site.members).count },
        .list("left", "members that left that year") { model in
            MembershipChanges.left(in: model.report.year, among: model.site.members).map { MemberItemModel(builder: model.builder, index: $0, links: model.links) }
        },
        .number("left_count", "how many left") { MembershipChanges.left(in: $0.report.year, among: $0.site.members).count },
        .list("initiatives", "initiatives running that year (not planned ones), with `note` and `achieved`") { model in
            let year = model.report.year
            return model.site.initiatives.itemIndices.filter { model.site.initiatives[$0].isRunning(in: year) && model.site.initiatives[$0].status != .planned }
                .map { InitiativeItemModel(builder: model.builder, index: $0, links: model.links, reportYear: year) }
        },
        .list("announcements", "that year's announcements, newest first") { model in
            model.site.announcements.itemIndices.filter { model.site.announcements[$0].date.year == model.report.year }.map { model.builder.item($0, links: model.links) }
        },
    ])
}
