/// Annual reports (年度报告): `Content/reports/<year>.md`, one per year, newest first, with
/// their index page.
struct ReportKind: ContentKind {
    let name = "report"
    private static let folder = "reports"

    func load(into site: inout Site, with loading: ContentLoading) async {
        var reports = await loading.loadFolder(Self.folder, unloaded: &site.unloaded, decode: ReportDecoder().decode)
        reports.sort { ($0.year, $0.body.path) > ($1.year, $1.body.path) }
        var reportYears: [Int: AnnualReport] = [:]
        let diagnostics = loading.diagnostics
        site.reports = reports.reversed().filter { report in
            if let earlier = reportYears[report.year] {
                diagnostics.error(at: report.location, "there is already a report for \(report.year) in \(earlier.body.path)", hint: "keep one report per year, named <year>.md")
                return false
            }
            reportYears[report.year] = report
            return true
        }.reversed()
    }

    func bodies(in site: Site) -> [MarkdownSource] { site.reports.map(\.body) }

    func plan(_ site: Site, into planner: inout PagePlanner) {
        if !site.reports.isEmpty {
            planner.add(Routes.reportIndex, .reportIndex)
        }
        for index in site.reports.itemIndices {
            let report = site.reports[index]
            planner.add(Routes.report(year: report.year), .report(index), by: report.location, what: "report \"\(report.title)\"", contentPath: report.body.contentPath)
        }
    }

    func route(ofUnloaded contentPath: String) -> Route? {
        ContentKinds.slug(of: contentPath, in: Self.folder).map { Routes.report(year: Int($0) ?? 0) }
    }
}
