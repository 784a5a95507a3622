import Foundation
@testable import SiteGenKit

/// The real disk, counting which files are read (and which it was asked to read ahead).
final class CountingFileSystem: FileSystemWrapper, @unchecked Sendable {
    let base: any FileSystem = LocalFileSystem()
    private let lock = NSLock()
    private var read: [String] = []
    private var readAheadPaths: [String] = []

    var pathsReadAhead: [String] {
        lock.lock()
        defer { lock.unlock() }
        return readAheadPaths.sorted()
    }

    func readAhead(_ paths: [String]) {
        lock.lock()
        readAheadPaths += paths
        lock.unlock()
        base.readAhead(paths)
    }

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
        return try base.contents(of: path)
    }
}
