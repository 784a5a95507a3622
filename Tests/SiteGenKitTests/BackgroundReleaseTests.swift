import Foundation
import Testing
@testable import SiteGenKit

/// What a build hands to ``BackgroundRelease`` is freed, and not on the thread that handed it.
@Suite struct BackgroundReleaseTests {
    /// Signals, with its thread, when it is freed.
    private final class Watched: @unchecked Sendable {
        let freed: @Sendable (pthread_t) -> Void
        init(freed: @escaping @Sendable (pthread_t) -> Void) { self.freed = freed }
        deinit { freed(pthread_self()) }
    }

    private final class FreedOn: @unchecked Sendable {
        let lock = NSLock()
        var thread: pthread_t?
        let done = DispatchSemaphore(value: 0)
    }

    @Test func valuesAreFreedOnAnotherThread() {
        let freedOn = FreedOn()
        func hand() {
            let watched = Watched { thread in
                freedOn.lock.withLock { freedOn.thread = thread }
                freedOn.done.signal()
            }
            BackgroundRelease.release([consume watched])
        }
        hand()
        #expect(freedOn.done.wait(timeout: .now() + 10) == .success)
        let thread = freedOn.lock.withLock { freedOn.thread }
        #expect(thread.map { pthread_equal($0, pthread_self()) == 0 } == true)
    }
}
