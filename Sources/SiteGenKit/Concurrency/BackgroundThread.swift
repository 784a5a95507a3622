import Foundation

/// A synchronous step run on a thread of its own while the build's async steps go on beside
/// it: a step that spreads its own work over the cores (with Dispatch) then fills the gaps the
/// other leaves, such as the end of a parallel map where one core waits for the other.
final class BackgroundThread<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result?
    private var waiting: CheckedContinuation<Result, Never>?

    /// Starts `work` on a new thread.
    init(name: String, _ work: @escaping @Sendable () -> Result) {
        let thread = Thread { [self] in
            let value = work()
            condition.lock()
            if let waiting {
                self.waiting = nil
                condition.unlock()
                waiting.resume(returning: value)
            } else {
                result = value
                condition.unlock()
            }
        }
        thread.name = name
        thread.start()
    }

    /// The work's result, once it has ended.
    var value: Result {
        get async {
            await withCheckedContinuation { continuation in
                condition.lock()
                if let result {
                    condition.unlock()
                    continuation.resume(returning: result)
                } else {
                    waiting = continuation
                    condition.unlock()
                }
            }
        }
    }
}
