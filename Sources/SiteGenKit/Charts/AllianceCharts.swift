/// The charts of the alliance's pages: a target's progress on its initiative's page, and each
/// keyed report figure across the years on the reports page.
enum AllianceCharts {
    /// A target's goal as shown: `120人`, or `30家/年` for a yearly one.
    static func goal(of target: Initiative.Target, strings: StringsTable) -> String {
        let amount = Formatting.quantity(target.value, unit: target.unit)
        return target.perYear ? strings.text(.perYear, ["goal": amount]) : amount
    }

    /// The chart of a target's progress, with the target as a reference line; nil when no year
    /// reports a value for it.
    static func target(_ progress: TargetProgress, strings: StringsTable) -> String? {
        guard !progress.reported.isEmpty else { return nil }
        let target = progress.target
        let bars = progress.chartValues.map { BarChart.Bar(label: "\($0.year)", value: $0.value) }
        let reference = strings.text(.targetReference, ["goal": goal(of: target, strings: strings)])
        let title = strings.text(target.perYear ? .yearlyChart : .cumulativeChart, ["label": target.label])
        return BarChart(title: title, bars: bars, reference: (target.value, reference), unit: target.unit).svg()
    }

    /// One chart per keyed figure of the reports (oldest year first), labelled as the newest
    /// report labels it.
    static func metricHistories(_ reports: [AnnualReport], strings: StringsTable) -> [(label: String, key: String, svg: String)] {
        var order: [String] = []
        var labels: [String: (label: String, unit: String?)] = [:]
        for report in reports.reversed() {
            for metric in report.metrics {
                guard let key = metric.key else { continue }
                if labels[key] == nil { order.append(key) }
                labels[key] = (metric.label, metric.unit)
            }
        }
        return order.compactMap { key in
            guard let (label, unit) = labels[key] else { return nil }
            let bars = reports.reversed().compactMap { report in
                report.metrics.first { $0.key == key }.map { BarChart.Bar(label: "\(report.year)", value: $0.value) }
            }
            return (label, key, BarChart(title: strings.text(.historyChart, ["label": label]), bars: bars, unit: unit).svg())
        }
    }
}
