import Foundation

/// Announcement list items rendered by the earlier builds of a session (`sitegen serve`), by
/// what each was made from, so that a rebuild renders again only the items of the announcements
/// that changed: a year's archive or a member's page shows hundreds of them.
///
/// A key must change whenever anything the item shows changes (see ``SharedChunks``); the
/// session makes it of the announcement's version and every input other than the announcement
/// files.
final class ChunkMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [UInt64: SlottedHTML] = [:]

    init() {}

    /// The item kept for `key`.
    func chunk(for key: UInt64) -> SlottedHTML? {
        lock.lock()
        defer { lock.unlock() }
        return chunks[key]
    }

    /// Keeps `chunk` for `key`.
    func keep(_ chunk: SlottedHTML, for key: UInt64) {
        lock.lock()
        chunks[key] = chunk
        lock.unlock()
    }

    /// Forgets every item whose key is not among `keys`.
    func forget(allBut keys: [UInt64]) {
        let current = Set(keys)
        lock.lock()
        chunks = chunks.filter { current.contains($0.key) }
        lock.unlock()
    }

    /// How many items are kept.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return chunks.count
    }
}
