import Foundation

/// Measures how long each named step of a build takes, on the clock and in CPU time.
struct StepTimer {
    let clock: ContinuousClock
    private var last: ContinuousClock.Instant
    private var lastCPU: Double
    private(set) var times: [(step: String, seconds: Double)] = []
    /// The CPU seconds of each step (all threads of the process, user and system), in the order of ``times``.
    private(set) var cpuTimes: [Double] = []

    init(clock: ContinuousClock) {
        self.clock = clock
        self.last = clock.now
        self.lastCPU = Self.processCPUSeconds()
    }

    mutating func lap(_ step: String) {
        let now = clock.now
        let cpu = Self.processCPUSeconds()
        times.append((step, (now - last).seconds))
        cpuTimes.append(max(0, cpu - lastCPU))
        last = now
        lastCPU = cpu
    }

    /// The CPU time the process has used so far, user and system, in seconds.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
