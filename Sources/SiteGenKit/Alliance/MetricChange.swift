/// How a report's figure changed from the year before.
struct MetricChange: Sendable, Equatable {
    /// Which way it went.
    enum Direction: String, Sendable {
        case up, down, flat
    }

    /// This year's value minus last year's.
    let delta: Double
    /// The change as a percentage of last year's value; nil when last year's value is 0 or
    /// nothing changed.
    let exactPercent: Double?

    /// The change from `previous` to `current`.
    init(from previous: Double, to current: Double) {
        delta = current - previous
        exactPercent = previous != 0 && delta != 0 ? delta / previous * 100 : nil
    }

    /// The percentage rounded to one decimal.
    var percent: Double? { exactPercent.map { ($0 * 10).rounded() / 10 } }

    /// Up, down or flat.
    var direction: Direction { delta > 0 ? .up : (delta < 0 ? .down : .flat) }
}
