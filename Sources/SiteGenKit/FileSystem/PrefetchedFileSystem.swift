import Foundation

/// A file system that hands out bytes read earlier, once each, and reads everything else from
/// the one it wraps: the build's fingerprint reads every input file, and loading then takes
/// those bytes instead of reading each file a second time (the same bytes the fingerprint saw).
final class PrefetchedFileSystem: FileSystemWrapper, @unchecked Sendable {
    /// The file system read when nothing was prefetched.
    let base: any FileSystem
    private let lock = NSLock()
    private var prefetched: [String: Data]

    /// Wraps `base`, with `contents` already read, by path.
    init(_ base: any FileSystem, contents: [String: Data]) {
        self.base = base
        self.prefetched = contents
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
}
