/// Template values for the alliance's own pages: members, initiatives and annual reports.
extension PageContextBuilder {
    func addAllianceValues(for page: PlannedPage, to context: inout [String: Any], links: Links) {
        let current = currentMembers
        var views: [String: Any] = [
            "directory_href": links.href(Routes.memberDirectory),
            "regions_href": links.href(Routes.memberRegions),
            "council_href": links.href(Routes.memberCouncil),
            "former_href": links.href(Routes.formerMembers),
            "has_former": site.members.contains { !$0.isCurrent },
            "former_count": site.members.filter { !$0.isCurrent }.count,
            "current_count": current.members.count,
            "summary": strings.summary(of: current),
        ]
        switch page.kind {
        case .memberDirectory: views["is_directory"] = true
        case .memberRegions: views["is_regions"] = true
        case .memberCouncil: views["is_council"] = true
        case .formerMembers: views["is_former"] = true
        default: break
        }
        context["member_views"] = views
        switch page.kind {
        case .memberDirectory:
            context["groups"] = current.byType.map { group -> [String: Any] in
                ["name": strings.name(of: group.value), "key": group.value.rawValue, "count": group.count, "measure": strings.measureWord(of: group.value),
                 "members": group.members.map { memberItem($0, links: links) }]
            }
            context["types"] = current.byType.map { ["name": strings.name(of: $0.value), "count": $0.count, "measure": strings.measureWord(of: $0.value)] }
        case .memberRegions:
            context["regions"] = current.byRegion.map { group -> [String: Any] in
                ["name": group.value, "count": group.count, "members": group.members.map { memberItem($0, links: links) }]
            }
        case .memberCouncil:
            context["roles"] = current.byRole.filter { $0.value != .member }.map { group -> [String: Any] in
                ["name": strings.name(of: group.value), "key": group.value.rawValue, "count": group.count, "members": group.members.map { memberItem($0, links: links) }]
            }
            context["ordinary_count"] = current.byRole.first { $0.value == .member }?.count ?? 0
        case .formerMembers:
            context["members"] = site.members.indices.filter { !site.members[$0].isCurrent }
                .sorted { (site.members[$0].left?.dayKey ?? 0, site.members[$0].name) > (site.members[$1].left?.dayKey ?? 0, site.members[$1].name) }
                .map { memberItem($0, links: links) }
        case .member(let index):
            context["member"] = memberPage(index, route: page.route, links: links)
        case .initiativeIndex:
            context["groups"] = Initiative.Status.allCases.compactMap { status -> [String: Any]? in
                let items = site.initiatives.indices.filter { site.initiatives[$0].status == status }
                guard !items.isEmpty else { return nil }
                return ["name": strings.name(of: status), "key": status.rawValue, "count": items.count, "initiatives": items.map { initiativeItem($0, links: links) }]
            }
        case .initiative(let index):
            context["initiative"] = initiativePage(index, route: page.route, links: links)
        case .reportIndex:
            context["reports"] = site.reports.indices.map { reportItem($0, links: links) }
            context["charts"] = metricCharts()
        case .report(let index):
            context["report"] = reportPage(index, route: page.route, links: links)
        default:
            break
        }
    }

    // MARK: - Members

    func memberItem(_ index: Int, links: Links) -> [String: Any] {
        let member = site.members[index]
        var entry: [String: Any] = [
            "id": member.id,
            "name": member.name,
            "href": links.href(Routes.member(id: member.id)),
            "type": strings.name(of: member.type),
            "type_key": member.type.rawValue,
            "region": member.region,
            "role": strings.name(of: member.role),
            "role_key": member.role.rawValue,
            "joined": displayDate(member.joined),
            "joined_iso": member.joined.isoDate,
        ]
        entry["short_name"] = member.shortName ?? false
        entry["city"] = member.city ?? false
        entry["summary"] = member.summary ?? false
        entry["left"] = member.left.map(displayDate) ?? false
        entry["left_iso"] = member.left?.isoDate ?? false
        entry["council"] = member.role != .member
        return entry
    }

    private func memberLink(_ reference: Reference, links: Links) -> [String: Any]? {
        guard let index = alliance.memberByID[reference.id] else { return nil }
        return memberItem(index, links: links)
    }

    private func memberPage(_ index: Int, route: Route, links: Links) -> [String: Any] {
        let member = site.members[index]
        var entry = memberItem(index, links: links)
        entry["website"] = member.website ?? false
        entry["profile"] = member.profile.map { renderBody($0, route: route) } ?? false
        let led = (alliance.initiativesLedByMember[index] ?? []).map { initiative -> [String: Any] in
            var item = initiativeItem(initiative, links: links)
            item["as"] = strings.text(.lead)
            return item
        }
        let joined = (alliance.initiativesJoinedByMember[index] ?? []).map { initiative -> [String: Any] in
            var item = initiativeItem(initiative, links: links)
            item["as"] = strings.text(.partners)
            return item
        }
        entry["initiatives"] = led + joined
        entry["announcements"] = (alliance.announcementsByMember[index] ?? []).map { item($0, links: links) }
        return entry
    }

    // MARK: - Initiatives

    func initiativeItem(_ index: Int, links: Links) -> [String: Any] {
        let initiative = site.initiatives[index]
        let entry: [String: Any] = [
            "title": initiative.title,
            "href": links.href(Routes.initiative(slug: initiative.slug)),
            "status": strings.name(of: initiative.status),
            "status_key": initiative.status.rawValue,
            "period": strings.period(of: initiative),
            "lead": initiative.lead.compactMap { memberLink($0, links: links) },
            "partner_count": initiative.partners.count,
            "summary": initiative.summary ?? false,
        ]
        return entry
    }

    private func initiativePage(_ index: Int, route: Route, links: Links) -> [String: Any] {
        let initiative = site.initiatives[index]
        var entry = initiativeItem(index, links: links)
        entry["body"] = renderBody(initiative.body, route: route)
        entry["start"] = initiative.start
        entry["end"] = initiative.end ?? false
        entry["partners"] = initiative.partners.compactMap { memberLink($0, links: links) }
        entry["announcements"] = (alliance.announcementsByInitiative[index] ?? []).map { item($0, links: links) }
        entry["progress"] = initiative.progress.map { progress -> [String: Any] in
            let entry: [String: Any] = ["year": progress.year, "note": progress.note ?? false]
            return entry
        }
        let years = initiative.progress.map(\.year)
        entry["years"] = years
        entry["targets"] = initiative.targets.map { targetRow($0, progress: initiative.progress) }
        entry["has_targets"] = !initiative.targets.isEmpty
        entry["has_progress_table"] = !years.isEmpty && initiative.targets.contains { $0.key != nil }
        return entry
    }

    private func targetRow(_ target: Initiative.Target, progress: [Initiative.Progress]) -> [String: Any] {
        var row: [String: Any] = [
            "label": target.label,
            "goal": goal(of: target),
            "per_year": target.perYear,
            "status": "—",
            "cells": false,
            "chart": false,
        ]
        guard let key = target.key else { return row }
        let values = progress.map { $0.achieved[key] }
        row["cells"] = values.map { value -> [String: Any] in
            guard let value else { return ["value": "—"] }
            var cell: [String: Any] = ["value": Formatting.quantity(value, unit: target.unit)]
            if target.perYear, value >= target.value { cell["met"] = true }
            return cell
        }
        let reported = progress.compactMap { entry in entry.achieved[key].map { (entry.year, $0) } }
        guard !reported.isEmpty else { return row }
        var bars: [BarChart.Bar] = []
        var running = 0.0
        for (year, value) in reported {
            running += value
            bars.append(BarChart.Bar(label: "\(year)", value: target.perYear ? value : running))
        }
        if target.perYear {
            let met = reported.filter { $0.1 >= target.value }.count
            row["status"] = strings.text(.yearsMet, ["met": String(met), "total": String(reported.count)])
        } else {
            let percent = target.value > 0 ? Int((running / target.value * 100).rounded()) : 0
            row["status"] = strings.text(.cumulative, ["amount": Formatting.quantity(running, unit: target.unit), "percent": String(percent)])
        }
        let referenceLabel = strings.text(.targetReference, ["goal": goal(of: target)])
        let title = strings.text(target.perYear ? .yearlyChart : .cumulativeChart, ["label": target.label])
        row["chart"] = BarChart(title: title, bars: bars, reference: (target.value, referenceLabel), unit: target.unit).svg()
        return row
    }

    /// A target's goal as shown: `120人`, or `30家/年` for a yearly one.
    private func goal(of target: Initiative.Target) -> String {
        let amount = Formatting.quantity(target.value, unit: target.unit)
        return target.perYear ? strings.text(.perYear, ["goal": amount]) : amount
    }

    // MARK: - Reports

    private func reportItem(_ index: Int, links: Links) -> [String: Any] {
        let report = site.reports[index]
        let entry: [String: Any] = ["year": report.year, "title": report.title, "href": links.href(Routes.report(year: report.year)), "summary": report.summary ?? false]
        return entry
    }

    /// One chart per metric key, across the years that report it.
    private func metricCharts() -> [[String: Any]] {
        var order: [String] = []
        var labels: [String: (String, String?)] = [:]
        for report in site.reports.reversed() {
            for metric in report.metrics {
                guard let key = metric.key else { continue }
                if labels[key] == nil { order.append(key) }
                labels[key] = (metric.label, metric.unit)
            }
        }
        return order.compactMap { key in
            guard let (label, unit) = labels[key] else { return nil }
            let bars = site.reports.reversed().compactMap { report in
                report.metrics.first { $0.key == key }.map { BarChart.Bar(label: "\(report.year)", value: $0.value) }
            }
            return ["label": label, "key": key, "chart": BarChart(title: strings.text(.historyChart, ["label": label]), bars: bars, unit: unit).svg()]
        }
    }

    private func reportPage(_ index: Int, route: Route, links: Links) -> [String: Any] {
        let report = site.reports[index]
        var entry = reportItem(index, links: links)
        entry["body"] = renderBody(report.body, route: route)
        let previous = site.reports.first { $0.year == report.year - 1 }
        entry["metrics"] = report.metrics.map { metric -> [String: Any] in
            var values: [String: Any] = [
                "label": metric.label, "value": Formatting.quantity(metric.value, unit: metric.unit),
                "previous": false, "change": false, "percent": false, "direction": "flat",
            ]
            if let key = metric.key, let before = previous?.metrics.first(where: { $0.key == key }) {
                let delta = metric.value - before.value
                values["previous"] = Formatting.quantity(before.value, unit: before.unit)
                values["change"] = delta == 0 ? strings.text(.noChange) : (delta > 0 ? "+" : "") + Formatting.quantity(delta, unit: metric.unit)
                values["direction"] = delta > 0 ? "up" : (delta < 0 ? "down" : "flat")
                if before.value != 0, delta != 0 {
                    let percent = delta / before.value * 100
                    values["percent"] = (percent > 0 ? "+" : "") + Formatting.number((percent * 10).rounded() / 10) + "%"
                }
            }
            return values
        }
        entry["previous_year"] = previous?.year ?? false
        entry["older"] = site.reports.first(where: { $0.year < report.year }).map { ["title": $0.title, "href": links.href(Routes.report(year: $0.year))] } ?? false
        entry["newer"] = site.reports.last(where: { $0.year > report.year }).map { ["title": $0.title, "href": links.href(Routes.report(year: $0.year))] } ?? false
        entry["member_count"] = false

        let yearEnd = SiteDate.endOfYear(report.year)
        let atYearEnd = MemberStatistics(members: MemberStatistics.members(site.members, on: yearEnd), of: site.members)
        if !site.members.isEmpty {
            entry["members_summary"] = strings.summary(of: atYearEnd)
            entry["member_count"] = atYearEnd.members.count
            entry["members_by_type"] = atYearEnd.byType.map { ["name": strings.name(of: $0.value), "count": $0.count, "measure": strings.measureWord(of: $0.value)] }
            entry["members_by_region"] = atYearEnd.byRegion.map { ["name": $0.value, "count": $0.count] }
        }
        let joined = site.members.indices.filter { site.members[$0].joined.year == report.year }
            .sorted { (site.members[$0].joined, site.members[$0].name) < (site.members[$1].joined, site.members[$1].name) }
        let left = site.members.indices.filter { site.members[$0].left?.year == report.year }
        entry["joined"] = joined.map { memberItem($0, links: links) }
        entry["joined_count"] = joined.count
        entry["left"] = left.map { memberItem($0, links: links) }
        entry["left_count"] = left.count
        entry["initiatives"] = site.initiatives.indices.filter { site.initiatives[$0].isRunning(in: report.year) && site.initiatives[$0].status != .planned }
            .map { index -> [String: Any] in
                var item = initiativeItem(index, links: links)
                item["note"] = false
                item["achieved"] = false
                let initiative = site.initiatives[index]
                if let progress = initiative.progress.first(where: { $0.year == report.year }) {
                    if let note = progress.note { item["note"] = note }
                    item["achieved"] = initiative.targets.compactMap { target -> [String: Any]? in
                        guard let key = target.key, let value = progress.achieved[key] else { return nil }
                        return ["label": target.label, "value": Formatting.quantity(value, unit: target.unit)]
                    }
                }
                return item
            }
        entry["announcements"] = site.announcements.indices.filter { site.announcements[$0].date.year == report.year }.map { item($0, links: links) }
        return entry
    }
}
