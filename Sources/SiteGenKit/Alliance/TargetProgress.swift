/// How one target of an initiative stands, from the initiative's yearly progress.
struct TargetProgress: Sendable {
    /// The target.
    let target: Initiative.Target
    /// What each progress entry reports for the target, in progress order (nil: nothing reported
    /// that year, or the target has no key).
    let values: [Double?]
    /// The year of each entry of `values`.
    let years: [Int]
    /// The years that report a value, with the value, in progress order.
    let reported: [(year: Int, value: Double)]

    /// Collects the progress of `target` from `progress`.
    init(target: Initiative.Target, progress: [Initiative.Progress]) {
        self.target = target
        let values = progress.map { entry in target.key.flatMap { entry.achieved[$0] } }
        self.values = values
        years = progress.map(\.year)
        reported = zip(progress, values).compactMap { entry, value in value.map { (entry.year, $0) } }
    }

    /// Whether a year's `value` meets a yearly target.
    func meets(_ value: Double) -> Bool { target.perYear && value >= target.value }

    /// How many reported years met a yearly target.
    var yearsMet: Int { reported.filter { $0.value >= target.value }.count }

    /// The sum of every reported year.
    var cumulative: Double { reported.reduce(0) { $0 + $1.value } }

    /// The sum as a whole percentage of the target, rounded half away from zero; 0 for a target of 0.
    var percentComplete: Int {
        target.value > 0 ? Int((cumulative / target.value * 100).rounded()) : 0
    }

    /// What a chart shows per year: the year's value for a yearly target, the running total for
    /// one over the whole period.
    var chartValues: [(year: Int, value: Double)] {
        var running = 0.0
        return reported.map { year, value in
            running += value
            return (year, target.perYear ? value : running)
        }
    }
}
