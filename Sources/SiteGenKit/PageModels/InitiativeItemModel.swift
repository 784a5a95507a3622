/// An initiative in a list.
struct InitiativeItemModel: TemplateModel {
    let builder: PageContextBuilder
    let index: ItemIndex<Initiative>
    let links: Links
    /// On a member's page: what the member is in it (牵头单位, 参与单位).
    var role: String? = nil
    /// On a report's page: the year the report covers.
    var reportYear: Int? = nil

    private var initiative: Initiative { builder.site.initiatives[index] }
    private var progress: Initiative.Progress? {
        reportYear.flatMap { year in initiative.progress.first { $0.year == year } }
    }

    static let modelName = "initiative item"
    static let fields = TemplateFields<InitiativeItemModel>([
        .text("title", "the title") { $0.initiative.title },
        .text("href", "its page") { $0.links.href(Routes.initiative(slug: $0.initiative.slug)) },
        .text("status", "where it stands, as shown (进行中)") { $0.builder.strings.name(of: $0.initiative.status) },
        .text("status_key", "the status's key (active)") { $0.initiative.status.rawValue },
        .text("period", "its years (2025—2027年, 2025年起)") { $0.builder.strings.period(of: $0.initiative) },
        .list("lead", "the members that lead it") { model in model.initiative.lead.compactMap { model.builder.memberItem($0, links: model.links) } },
        .number("partner_count", "how many members take part") { $0.initiative.partners.count },
        .text("summary", "one line about it") { $0.initiative.summary },
        .text("as", "on a member's page: what the member is in it") { $0.role },
        .text("note", "on a report's page: what happened that year") { $0.progress?.note },
        .list("achieved", "on a report's page: what was achieved that year") { model -> [AchievementModel] in
            guard let progress = model.progress else { return [] }
            return model.initiative.targets.compactMap { target in
                guard let key = target.key, let value = progress.achieved[key] else { return nil }
                return AchievementModel(label: target.label, value: Formatting.quantity(value, unit: target.unit))
            }
        },
    ])
}
