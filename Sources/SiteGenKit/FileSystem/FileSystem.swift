import Foundation

/// What the build needs from a file system: read the input trees, write the output tree.
///
/// The real disk is ``LocalFileSystem``; tests use ``InMemoryFileSystem``. Paths are plain
/// strings joined with `/`.
public protocol FileSystem: Sendable {
    /// The bytes of the file at `path`.
    func contents(of path: String) throws -> Data
    /// What is at `path`: a file, a directory, or nothing.
    func itemKind(at path: String) -> FileItemKind?
    /// Every regular file below `directory`, as paths relative to it, sorted; empty if it does not exist.
    func files(under directory: String) throws -> [String]
    /// The size in bytes of the file at `path`.
    func size(of path: String) throws -> Int
    /// Writes `data` to `path`, creating missing parent directories.
    func write(_ data: Data, to path: String) throws
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
}

extension FileSystem {
    /// A file system without symbolic links has none that leave a folder.
    public func linksLeaving(_ directory: String) -> [String] { [] }
}
