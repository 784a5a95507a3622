/// Decodes an annual report's front matter.
struct ReportDecoder: Sendable {
    func decode(_ file: MarkdownFileReader.ReadFile, fileName: String) -> AnnualReport? {
        let yaml = file.frontMatter
        let diagnostics = yaml.diagnostics
        let year = yaml.int("year", in: 1900...2200, required: true)
        if let year, let named = Int(Path.stem(fileName)), named != year {
            diagnostics.error(at: yaml.location(of: "year"), "'year' is \(year) but the file is named \(Path.lastComponent(fileName))", hint: "name the file after the year it reports on, e.g. \(year).md")
        }
        let title = yaml.string("title", required: true)
        let summary = yaml.string("summary")
        let updated = yaml.date("updated")
        let metrics: [AnnualReport.Metric] = yaml.objectList("metrics", what: "a metric").compactMap { metric in
            let key = metric.string("key")
            if let key, !MemberDecoder.isValidID(key) {
                diagnostics.error(at: metric.location(of: "key"), "metric key \"\(key)\" must use only lowercase ASCII letters, digits and '-'", hint: "keys compare metrics across years, e.g. trainees")
            }
            let label = metric.string("label", required: true)
            let value = metric.number("value", required: true)
            let unit = metric.string("unit")
            metric.reportUnknownKeys()
            guard let label, let value else { return nil }
            return AnnualReport.Metric(key: key, label: label, value: value, unit: unit)
        }
        yaml.reportUnknownKeys()
        guard let year, let title else { return nil }
        var report = AnnualReport(year: year, title: title, summary: summary, metrics: metrics, body: file.body, location: yaml.keyLocation(of: "title"))
        report.updated = updated
        return report
    }
}
