import Foundation

/// A file system that passes every call on to another one, for wrappers that change a few
/// calls (the tests' counting, failing and editing disks): each implements
/// only what it changes.
protocol FileSystemWrapper: FileSystem {
    /// The file system the calls go to.
    var base: any FileSystem { get }
}

extension FileSystemWrapper {
    func contents(of path: String) throws -> Data { try base.contents(of: path) }
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
    func stamps(under directory: String) throws -> [(file: String, stamp: FileStamp)] { try base.stamps(under: directory) }
    func link(from source: String, to destination: String) throws { try base.link(from: source, to: destination) }
    func readAhead(_ paths: [String]) { base.readAhead(paths) }
}
