import Foundation
@testable import SiteGenKit

/// Wraps a file system and, right after the first read of one file, replaces that file's bytes
/// (on the wrapped file system): an editor saving the file while a build runs.
final class EditingFileSystem: FileSystem, @unchecked Sendable {
    private let base: any FileSystem
    private let path: String
    private let edited: Data
    private let lock = NSLock()
    private var done = false

    init(_ base: any FileSystem, editing path: String, to edited: Data) {
        self.base = base
        self.path = path
        self.edited = edited
    }

    func contents(of path: String) throws -> Data {
        let data = try base.contents(of: path)
        guard path == self.path else { return data }
        let first = lock.withLock {
            defer { done = true }
            return !done
        }
        if first { try base.write(edited, to: path) }
        return data
    }

    func itemKind(at path: String) -> FileItemKind? { base.itemKind(at: path) }
    func files(under directory: String) throws -> [String] { try base.files(under: directory) }
    func size(of path: String) throws -> Int { try base.size(of: path) }
    func linksLeaving(_ directory: String) -> [String] { base.linksLeaving(directory) }
    func stamp(of path: String) -> FileStamp? { base.stamp(of: path) }
    func write(_ data: Data, to path: String) throws { try base.write(data, to: path) }
    func copyFile(from source: String, to destination: String) throws { try base.copyFile(from: source, to: destination) }
    func link(from source: String, to destination: String) throws { try base.link(from: source, to: destination) }
    func createDirectory(at path: String) throws { try base.createDirectory(at: path) }
    func removeItem(at path: String) throws { try base.removeItem(at: path) }
    func moveItem(from source: String, to destination: String) throws { try base.moveItem(from: source, to: destination) }
}
