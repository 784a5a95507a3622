import Foundation
import SiteGenKit

/// The state of the served site and the browsers listening for its changes.
///
/// Each open events connection is an `AsyncStream` of encoded events; ``publish(_:)`` sends to
/// all of them. A connection that opens late still learns what it missed: ``subscribe(since:)``
/// starts with a reload when a newer good build exists, or with the errors of a failed one.
actor EventHub {
    /// How many good builds were served so far; pages carry the number of theirs.
    private(set) var build = 0
    /// The problems of the last rebuild when it failed; nil after a good one.
    private(set) var failure: [Diagnostic]?
    /// The published address of the site (`base_url`), which the 404 page's links start with.
    private(set) var siteBaseURL: String?
    private var listeners: [UUID: AsyncStream<Data>.Continuation] = [:]
    private var isClosed = false

    /// How many browsers are listening.
    var listenerCount: Int { listeners.count }

    /// Records a good build and tells every page of an older one to reload.
    func buildSucceeded(siteBaseURL: String? = nil) {
        self.siteBaseURL = siteBaseURL
        build += 1
        failure = nil
        send(.reload(build: build))
    }

    /// Records a failed rebuild (the last good build stays served) and sends its problems.
    func buildFailed(_ diagnostics: [Diagnostic]) {
        failure = diagnostics
        send(.errors(build: build, diagnostics: diagnostics))
    }

    /// Sends a keep-alive comment to every listener.
    func keepAlive() {
        send(.keepAlive)
    }

    /// A new listener for a page of good build `since`: the stream starts with what that page missed.
    func subscribe(since: Int?) -> AsyncStream<Data> {
        let (stream, continuation) = AsyncStream.makeStream(of: Data.self, bufferingPolicy: .bufferingNewest(32))
        guard !isClosed else {
            continuation.finish()
            return stream
        }
        // Browsers reconnect a second after a dropped connection.
        continuation.yield(Data("retry: 1000\n\n".utf8))
        if let since, since < build {
            continuation.yield(LiveEvent.reload(build: build).encoded)
        } else if let failure {
            continuation.yield(LiveEvent.errors(build: build, diagnostics: failure).encoded)
        }
        let id = UUID()
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        return stream
    }

    /// Ends every stream, and any later one at once: the server is stopping.
    func close() {
        isClosed = true
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    private func remove(_ id: UUID) {
        listeners[id] = nil
    }

    private func send(_ event: LiveEvent) {
        let data = event.encoded
        for continuation in listeners.values { continuation.yield(data) }
    }
}
