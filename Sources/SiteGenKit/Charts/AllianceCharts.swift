/// The charts of the alliance's pages: a target's progress on its initiative's page, and each
/// keyed report figure across the years on the reports page.
///
/// Charts that can be compared — figures or targets counted in the same unit — share one scale.
enum AllianceCharts {
    /// A target's goal as shown: `120人`, or `30家/年` for a yearly one.
    static func goal(of target: Initiative.Target, strings: StringsTable) -> String {
        let amount = Formatting.quantity(target.value, unit: target.unit)
        return target.perYear ? strings.text(.perYear, ["goal": amount]) : amount
    }

    /// The chart of a target's progress, with the target as a reference line; nil when no year
    /// reports a value for it. `scaleMaximum` is the largest value of its group (see ``targetScales(_:)``).
    static func target(_ progress: TargetProgress, strings: StringsTable, scaleMaximum: Double? = nil) -> String? {
        targetChart(progress, strings: strings, scaleMaximum: scaleMaximum)?.svg()
    }

    /// The largest value drawn for each target's group: the targets of one initiative counted in
    /// the same unit, yearly or not, are drawn to one scale.
    static func targetScales(_ progresses: [TargetProgress]) -> [Double?] {
        func group(_ progress: TargetProgress) -> String { (progress.target.unit ?? "") + (progress.target.perYear ? "/year" : "") }
        var maxima: [String: Double] = [:]
        for progress in progresses {
            guard let chart = targetChart(progress, strings: nil, scaleMaximum: nil) else { continue }
            maxima[group(progress)] = max(maxima[group(progress)] ?? 0, chart.largestValue)
        }
        return progresses.map { maxima[group($0)] }
    }

    private static func targetChart(_ progress: TargetProgress, strings: StringsTable?, scaleMaximum: Double?) -> BarChart? {
        guard !progress.reported.isEmpty else { return nil }
        let target = progress.target
        let bars = progress.chartValues.map { BarChart.Bar(label: "\($0.year)", value: $0.value) }
        let reference = strings.map { $0.text(.targetReference, ["goal": goal(of: target, strings: $0)]) } ?? ""
        let title = strings.map { $0.text(target.perYear ? .yearlyChart : .cumulativeChart, ["label": target.label]) } ?? ""
        return BarChart(title: title, bars: bars, reference: (target.value, reference), unit: target.unit, scaleMaximum: scaleMaximum)
    }

    /// A keyed report figure across the years: a chart when two or more years report it, else the
    /// one year's value (a lone bar says nothing).
    struct MetricHistory: Sendable {
        /// The figure, as the newest report labels it.
        var label: String
        /// Its key.
        var key: String
        /// The bar chart by year; nil when only one year reports the figure.
        var svg: String?
        /// The newest year that reports it and its value with the unit.
        var latest: (year: Int, value: String)
        /// The unit it is counted in.
        var unit: String?
        /// The change from the year before the newest to the newest; nil for a single year.
        var change: MetricChange?
    }

    /// One history per keyed figure of the reports (oldest year first), labelled as the newest
    /// report labels it. Figures counted in the same unit are drawn to one scale.
    static func metricHistories(_ reports: [AnnualReport], strings: StringsTable) -> [MetricHistory] {
        var order: [String] = []
        var labels: [String: (label: String, unit: String?)] = [:]
        for report in reports.reversed() {
            for metric in report.metrics {
                guard let key = metric.key else { continue }
                if labels[key] == nil { order.append(key) }
                labels[key] = (metric.label, metric.unit)
            }
        }
        let series: [(key: String, label: String, unit: String?, bars: [BarChart.Bar])] = order.compactMap { key in
            guard let (label, unit) = labels[key] else { return nil }
            let bars = reports.reversed().compactMap { report in
                report.metrics.first { $0.key == key }.map { BarChart.Bar(label: "\(report.year)", value: $0.value) }
            }
            return (key, label, unit, bars)
        }
        var maxima: [String: Double] = [:]
        for entry in series where entry.bars.count > 1 {
            maxima[entry.unit ?? "", default: 0] = max(maxima[entry.unit ?? ""] ?? 0, entry.bars.map(\.value).max() ?? 0)
        }
        return series.compactMap { entry in
            guard let last = entry.bars.last, let year = Int(last.label) else { return nil }
            let latest = (year, Formatting.quantity(last.value, unit: entry.unit))
            // A lone bar says nothing: a figure one year reports is shown as its value.
            guard let previous = entry.bars.dropLast().last else {
                return MetricHistory(label: entry.label, key: entry.key, svg: nil, latest: latest, unit: entry.unit)
            }
            let chart = BarChart(
                title: strings.text(.historyChart, ["label": entry.label]), bars: entry.bars, unit: entry.unit,
                scaleMaximum: maxima[entry.unit ?? ""]
            )
            let change = MetricChange(from: previous.value, to: last.value)
            return MetricHistory(label: entry.label, key: entry.key, svg: chart.svg(), latest: latest, unit: entry.unit, change: change)
        }
    }
}
