import Foundation

/// Work that runs on another thread while a build goes on (removing the output a former build
/// replaced), and that the build waits for before it returns.
final class BackgroundRemovals: @unchecked Sendable {
    private let group = DispatchGroup()

    /// Starts `work` on another thread.
    func start(_ work: @escaping @Sendable () -> Void) {
        DispatchQueue.global(qos: .utility).async(group: group, execute: work)
    }

    /// Returns when all work started so far has ended.
    func wait() {
        group.wait()
    }
}
