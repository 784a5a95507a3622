import Foundation

/// A file system that hands out bytes read earlier, once each, and reads everything else from
/// the one it wraps: the build's fingerprint reads every input file, and loading then takes
/// those bytes instead of reading each file a second time (the same bytes the fingerprint saw).
final class PrefetchedFileSystem: FileSystem, @unchecked Sendable {
    private let base: any FileSystem
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

    func itemKind(at path: String) -> FileItemKind? { base.itemKind(at: path) }
    func files(under directory: String) throws -> [String] { try base.files(under: directory) }
    func size(of path: String) throws -> Int { try base.size(of: path) }
    func write(_ data: Data, to path: String) throws { try base.write(data, to: path) }
    func copyFile(from source: String, to destination: String) throws { try base.copyFile(from: source, to: destination) }
    func createDirectory(at path: String) throws { try base.createDirectory(at: path) }
    func removeItem(at path: String) throws { try base.removeItem(at: path) }
    func moveItem(from source: String, to destination: String) throws { try base.moveItem(from: source, to: destination) }
    func linksLeaving(_ directory: String) -> [String] { base.linksLeaving(directory) }
    func stamp(of path: String) -> FileStamp? { base.stamp(of: path) }
    func link(from source: String, to destination: String) throws { try base.link(from: source, to: destination) }
}
