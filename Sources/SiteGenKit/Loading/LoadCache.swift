import Foundation

/// What content files loaded into, kept between the builds of one session (`sitegen serve`), so
/// that a rebuild reads and converts only the files that changed.
///
/// An entry is used only while its file keeps the stamp it had when it was loaded, and only in
/// the context it was loaded in (the site's settings, members and downloads, which decoding
/// reads): ``prepare(context:)`` forgets everything when that context changed. Files that
/// reported problems are not kept, so their diagnostics are reported again by every build.
final class LoadCache: @unchecked Sendable {
    private struct Entry {
        var stamp: FileStamp
        var value: any Sendable
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var context: String?
    private var stamps: [String: FileStamp] = [:]

    init() {}

    /// Forgets every entry when `context` differs from the one the entries were loaded in, and
    /// takes the stamps of the files, read before this build loads any of them.
    func prepare(context: String, stamps: [String: FileStamp]) {
        lock.lock()
        defer { lock.unlock() }
        if self.context != context { entries.removeAll() }
        self.context = context
        self.stamps = stamps
    }

    /// The stamp the file at `path` had before this build began loading.
    func stamp(at path: String) -> FileStamp? {
        lock.lock()
        defer { lock.unlock() }
        return stamps[path]
    }

    /// The value loaded from the file at `path` when it still has `stamp`.
    func value<Value: Sendable>(at path: String, stamp: FileStamp, as type: Value.Type) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[path], entry.stamp == stamp, let value = entry.value as? Value else { return nil }
        return value
    }

    /// Keeps what the file at `path`, stamped `stamp`, loaded into.
    func store(_ value: any Sendable, at path: String, stamp: FileStamp) {
        lock.lock()
        entries[path] = Entry(stamp: stamp, value: value)
        lock.unlock()
    }

    /// Forgets the file at `path`.
    func remove(at path: String) {
        lock.lock()
        entries[path] = nil
        lock.unlock()
    }
}
