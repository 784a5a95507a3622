import Foundation
@testable import SiteGenKit

/// Wraps a file system and, right after the first read of one file, replaces that file's bytes
/// (on the wrapped file system): an editor saving the file while a build runs.
final class EditingFileSystem: FileSystemWrapper, @unchecked Sendable {
    let base: any FileSystem
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
}
