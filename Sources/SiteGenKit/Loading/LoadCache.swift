import Foundation

/// What content files loaded into, kept between the builds of one session (`sitegen serve`), so
/// that a rebuild reads and converts only the files that changed.
///
/// A folder's files are remembered together (``Folder``), so that a rebuild takes thousands of
/// unchanged files in one pass. A file's value is used only while the file keeps the stamp it
/// had when it was loaded, and only in the context it was loaded in (the site's settings,
/// members and downloads, which decoding reads): ``prepare(context:stamps:)`` forgets everything
/// when that context changed. Files that reported problems are not kept, so their diagnostics
/// are reported again by every build.
final class LoadCache: @unchecked Sendable {
    /// What one folder's files loaded into, in the order they were listed.
    struct Folder<Value: Sendable>: Sendable {
        /// The files' names below the folder.
        var files: [String]
        /// Each file's stamp when it was loaded.
        var stamps: [FileStamp?]
        /// Each file's value, nil when it is not kept (it failed, or reported problems).
        var values: [Value?]
    }

    private let lock = NSLock()
    private var folders: [String: any Sendable] = [:]
    private var made: [String: any Sendable] = [:]
    private var context: String?
    private var currentStamps: [String: FileStamp] = [:]

    init() {}

    /// Forgets every folder when `context` differs from the one they were loaded in, and takes
    /// the stamps of the files, read before this build loads any of them.
    func prepare(context: String, stamps: [String: FileStamp]) {
        lock.lock()
        defer { lock.unlock() }
        if self.context != context {
            folders.removeAll()
            made.removeAll()
        }
        self.context = context
        currentStamps = stamps
    }

    /// Every file's stamp from before this build began loading, by path.
    var stamps: [String: FileStamp] {
        lock.lock()
        defer { lock.unlock() }
        return currentStamps
    }

    /// What the folder at `directory` loaded into last time.
    func folder<Value: Sendable>(at directory: String, as type: Value.Type) -> Folder<Value>? {
        lock.lock()
        defer { lock.unlock() }
        return folders[directory] as? Folder<Value>
    }

    /// Keeps what the folder at `directory` loaded into.
    func store<Value: Sendable>(_ folder: Folder<Value>, at directory: String) {
        lock.lock()
        folders[directory] = folder
        lock.unlock()
    }

    /// What was made from several files under `name` (the members) in this context.
    func value<Value: Sendable>(named name: String, as type: Value.Type) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return made[name] as? Value
    }

    /// Keeps `value`, made under `name` from files of this context.
    func store<Value: Sendable>(_ value: Value, named name: String) {
        lock.lock()
        made[name] = value
        lock.unlock()
    }
}
