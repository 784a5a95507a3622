/// Measures how long each named step of a build takes.
struct StepTimer {
    let clock: ContinuousClock
    private var last: ContinuousClock.Instant
    private(set) var times: [(step: String, seconds: Double)] = []

    init(clock: ContinuousClock) {
        self.clock = clock
        self.last = clock.now
    }

    mutating func lap(_ step: String) {
        let now = clock.now
        let elapsed = now - last
        times.append((step, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        last = now
    }
}
