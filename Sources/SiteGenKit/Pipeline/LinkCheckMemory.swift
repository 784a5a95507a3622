import Foundation

/// What checking the links of each body found in the earlier builds of a session (`sitegen
/// serve`), so that a rebuild checks again only the bodies that changed — as long as nothing
/// links can lead to changed (see ``SitePlan/linkTargetsKey(bodies:)``).
final class LinkCheckMemory: @unchecked Sendable {
    /// What one body's check found, and what it was made from.
    struct Entry: Sendable {
        /// The body's file.
        var path: String
        /// The file's version, when its stamp was known (see ``LinkChecker/Reuse/stamps``).
        var version: UInt64?
        /// The key of its headings (``SitePlan/headingsKey(of:)``).
        var headingsKey: UInt64
        /// Everything of the body the check reads, every input other than the announcement
        /// files, and everything links can lead to.
        var key: UInt64
        /// The problems found in its links.
        var diagnostics: [Diagnostic]
        /// Where its links lead (``LinkResolver/linksKey(of:)``).
        var linksKey: UInt64
    }

    private let lock = NSLock()
    private var entries: [Entry] = []

    init() {}

    /// What the last build found, in the order of its bodies.
    var found: [Entry] {
        lock.lock()
        defer { lock.unlock() }
        return entries
    }

    /// What the last build found, leaving nothing here until ``replace(with:)``.
    func take() -> [Entry] {
        lock.lock()
        defer { lock.unlock() }
        let taken = entries
        entries = []
        return taken
    }

    /// Keeps `entries`, forgetting the earlier ones.
    func replace(with entries: [Entry]) {
        lock.lock()
        self.entries = entries
        lock.unlock()
    }
}
