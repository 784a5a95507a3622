import Foundation

/// What the build needs from a file system: read the input trees, write the output tree.
///
/// The real disk is ``LocalFileSystem``; tests use an in-memory one (Tests/SiteGenKitTests/Support). Paths are plain
/// strings joined with `/`.
public protocol FileSystem: Sendable {
    /// The bytes of the file at `path`.
    func contents(of path: String) throws -> Data
    /// The bytes of the file at `path` if it holds at most `limit` bytes; a larger file is not
    /// read, and ``FileTooLarge`` is thrown with its size.
    func contents(of path: String, atMost limit: Int) throws -> Data
    /// What is at `path`: a file, a directory, or nothing.
    func itemKind(at path: String) -> FileItemKind?
    /// Every regular file below `directory`, as paths relative to it, sorted; empty if it does not exist.
    func files(under directory: String) throws -> [String]
    /// The size in bytes of the file at `path`.
    func size(of path: String) throws -> Int
    /// Writes `data` to `path` as a new file (never into the file that was there, which other
    /// names may share as hard links), creating missing parent directories.
    func write(_ data: Data, to path: String) throws
    /// Writes like ``write(_:to:)`` and returns the new file's stamp, or nil when it cannot be had.
    func writeStamped(_ data: Data, to path: String) throws -> FileStamp?
    /// Copies the file at `source` to `destination`, creating missing parent directories.
    func copyFile(from source: String, to destination: String) throws
    /// Creates the directory at `path` and its missing parents.
    func createDirectory(at path: String) throws
    /// Removes the file or directory tree at `path`; nothing happens if it does not exist.
    func removeItem(at path: String) throws
    /// Moves (renames) a file or directory.
    func moveItem(from source: String, to destination: String) throws
    /// Symbolic links below `directory` whose targets lie outside it, as paths relative to it.
    func linksLeaving(_ directory: String) -> [String]
    /// The size, modification time and identity of the file at `path`, or nil if there is none.
    func stamp(of path: String) -> FileStamp?
    /// Every file ``files(under:)`` lists, with its stamp, in the same order; a file that
    /// disappears meanwhile is left out.
    func stamps(under directory: String) throws -> [(file: String, stamp: FileStamp)]
    /// Makes `destination` a second name (a hard link) of the file at `source`, creating missing
    /// parent directories; throws where the file system cannot.
    func link(from source: String, to destination: String) throws
    /// Tells the file system that the files at `paths` will be read soon, so that it may start
    /// fetching them from the disk (a hint only: it changes nothing and reports nothing).
    func readAhead(_ paths: [String])
}

extension FileSystem {
    /// The size from ``stamp(of:)``, then ``contents(of:)``.
    public func contents(of path: String, atMost limit: Int) throws -> Data {
        if let size = stamp(of: path)?.size, size > limit { throw FileTooLarge(path: path, size: size) }
        return try contents(of: path)
    }

    /// A file system without symbolic links has none that leave a folder.
    public func linksLeaving(_ directory: String) -> [String] { [] }

    /// Each listed file's ``stamp(of:)``.
    public func stamps(under directory: String) throws -> [(file: String, stamp: FileStamp)] {
        try files(under: directory).compactMap { file in stamp(of: Path.join(directory, file)).map { (file, $0) } }
    }

    /// A file system in memory has nothing to fetch.
    public func readAhead(_ paths: [String]) {}

    /// Starts ``readAhead(_:)`` of `paths` on another thread, so that the disk fetches the files
    /// while the caller reads them (it soon runs ahead of the reading threads, which then
    /// seldom wait for the disk); wait on the group before returning.
    func readingAhead(_ paths: [String]) -> DispatchGroup {
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { readAhead(paths) }
        return group
    }

    /// Whether the file at `path` holds exactly `data`: sizes first, bytes only when they agree.
    public func file(at path: String, holds data: Data) -> Bool {
        guard let stamp = stamp(of: path), stamp.size == data.count, let existing = try? contents(of: path) else { return false }
        return existing == data
    }

    /// Whether the files at `first` and `second` hold the same bytes.
    public func sameContents(_ first: String, _ second: String) -> Bool {
        guard let a = stamp(of: first), let b = stamp(of: second), a.size == b.size else { return false }
        if a.identity == b.identity, a.modified == b.modified { return true }
        guard let left = try? contents(of: first), let right = try? contents(of: second) else { return false }
        return left == right
    }
}

extension FileSystem {
    /// Writes, then asks for the stamp (a file system that knows it at once says so itself).
    func writeStamped(_ data: Data, to path: String) throws -> FileStamp? {
        try write(data, to: path)
        return stamp(of: path)
    }
}
