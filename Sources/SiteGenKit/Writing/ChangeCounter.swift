import Foundation

/// Counts, from any thread, the files a build wrote anew.
final class ChangeCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// Counts one more file.
    func add() {
        lock.lock()
        value += 1
        lock.unlock()
    }

    /// How many files were counted.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
