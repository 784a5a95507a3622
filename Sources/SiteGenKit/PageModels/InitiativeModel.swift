/// `initiative` on its own page: the item's values, its text, partners, targets and progress.
struct InitiativeModel: TemplateModel {
    let item: InitiativeItemModel
    let route: Route

    private var builder: PageContextBuilder { item.builder }
    private var initiative: Initiative { builder.site.initiatives[item.index] }
    private var years: [Int] { initiative.progress.map(\.year) }

    static let modelName = "initiative"
    static let fields = TemplateFields<InitiativeModel>(including: InitiativeItemModel.self, from: \.item, [
        .html("body", "its text as HTML; emit with `{{{body}}}`") { $0.builder.renderBody($0.initiative.body, route: $0.route) },
        .text("start", "`start:` as written") { $0.initiative.start },
        .text("end", "`end:` as written") { $0.initiative.end },
        .list("partners", "the members that take part") { model in model.initiative.partners.compactMap { model.builder.memberItem($0, links: model.item.links) } },
        .list("announcements", "the announcements about it, newest first") { model in
            (model.builder.alliance.announcementsByInitiative[model.item.index] ?? []).map { model.builder.item($0, links: model.item.links) }
        },
        .html("announcement_items", "the list items of `announcements`, one after another; emit with `{{{announcement_items}}}` (a page shows a list of any length this way by one shape, and renders faster)") { model in
            model.builder.sharedItemsHTML(model.builder.alliance.announcementsByInitiative[model.item.index] ?? [], links: model.item.links)
        },
        .list("progress", "each year's progress") { $0.initiative.progress.map(ProgressModel.init) },
        .texts("years", "the years that report progress (the progress table's columns)") { $0.years.map(String.init) },
        .list("targets", "its targets and how they stand") { model in
            let progresses = model.initiative.targets.map { TargetProgress(target: $0, progress: model.initiative.progress) }
            return zip(progresses, AllianceCharts.targetScales(progresses)).map { progress, scale in
                TargetRowModel(progress: progress, strings: model.builder.strings, scaleMaximum: scale)
            }
        },
        .flag("has_targets", "whether it has targets") { !$0.initiative.targets.isEmpty },
        .flag("has_progress_table", "whether there is progress to tabulate by year") { model in
            !model.years.isEmpty && model.initiative.targets.contains { $0.key != nil }
        },
    ])
}
