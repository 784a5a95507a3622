import Foundation

/// A file system that hands out bytes read earlier, once each, and reads everything else from
/// the one it wraps: the build's fingerprint reads every input file, and loading then takes
/// those bytes instead of reading each file a second time (the same bytes the fingerprint saw),
/// and the stamps taken before they were read instead of asking for each file's again.
final class PrefetchedFileSystem: FileSystemWrapper, @unchecked Sendable {
    /// The file system read when nothing was prefetched.
    let base: any FileSystem
    private let lock = NSLock()
    private var prefetched: [String: Data]
    private let stamps: [String: FileStamp]

    /// Wraps `base`, with `contents` already read and the `stamps` they were read with, by path.
    init(_ base: any FileSystem, contents: [String: Data], stamps: [String: FileStamp] = [:]) {
        self.base = base
        self.prefetched = contents
        self.stamps = stamps
    }

    /// The stamp taken before the file was read, or the file's stamp now.
    func stamp(of path: String) -> FileStamp? {
        stamps[path] ?? base.stamp(of: path)
    }

    /// The prefetched bytes of `path` (forgotten once given, so that memory is freed as loading
    /// goes), or the file's bytes.
    func contents(of path: String) throws -> Data {
        lock.lock()
        let data = prefetched.removeValue(forKey: path)
        lock.unlock()
        if let data { return data }
        return try base.contents(of: path)
    }

    /// Passes on the paths whose bytes it does not hold.
    func readAhead(_ paths: [String]) {
        lock.lock()
        let missing = paths.filter { prefetched[$0] == nil }
        lock.unlock()
        if !missing.isEmpty { base.readAhead(missing) }
    }
}
