import Foundation
@testable import SiteGenKit

/// The real disk, counting which files are read.
final class CountingFileSystem: FileSystem, @unchecked Sendable {
    private let disk = LocalFileSystem()
    private let lock = NSLock()
    private var read: [String] = []

    var paths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return read.sorted()
    }

    func reset() {
        lock.lock()
        read = []
        lock.unlock()
    }

    func contents(of path: String) throws -> Data {
        lock.lock()
        read.append(path)
        lock.unlock()
        return try disk.contents(of: path)
    }

    func itemKind(at path: String) -> FileItemKind? { disk.itemKind(at: path) }
    func files(under directory: String) throws -> [String] { try disk.files(under: directory) }
    func size(of path: String) throws -> Int { try disk.size(of: path) }
    func write(_ data: Data, to path: String) throws { try disk.write(data, to: path) }
    func copyFile(from source: String, to destination: String) throws { try disk.copyFile(from: source, to: destination) }
    func createDirectory(at path: String) throws { try disk.createDirectory(at: path) }
    func removeItem(at path: String) throws { try disk.removeItem(at: path) }
    func moveItem(from source: String, to destination: String) throws { try disk.moveItem(from: source, to: destination) }
    func linksLeaving(_ directory: String) -> [String] { disk.linksLeaving(directory) }
    func stamp(of path: String) -> FileStamp? { disk.stamp(of: path) }
    func link(from source: String, to destination: String) throws { try disk.link(from: source, to: destination) }
}
