import Foundation
@testable import SiteGenKit

/// Wraps a file system and makes chosen operations fail, to test what a build does when the
/// disk lets it down halfway.
final class FailingFileSystem: FileSystemWrapper, @unchecked Sendable {
    /// An operation that can be made to fail.
    enum Operation: Sendable {
        case write, copy, link, move, remove, createDirectory
    }

    let base: any FileSystem
    private let lock = NSLock()
    private var counts: [Operation: Int] = [:]
    /// Decides, from the operation, its path and how many of that operation came before,
    /// whether it fails.
    private let failure: @Sendable (Operation, String, Int) -> Bool

    init(_ base: any FileSystem, failing failure: @escaping @Sendable (Operation, String, Int) -> Bool) {
        self.base = base
        self.failure = failure
    }

    private func check(_ operation: Operation, _ path: String) throws {
        let count = lock.withLock {
            let count = counts[operation, default: 0]
            counts[operation] = count + 1
            return count
        }
        if failure(operation, path, count) { throw FileSystemError(path: path, reason: "injected failure") }
    }


    func write(_ data: Data, to path: String) throws {
        try check(.write, path)
        try base.write(data, to: path)
    }

    func copyFile(from source: String, to destination: String) throws {
        try check(.copy, destination)
        try base.copyFile(from: source, to: destination)
    }

    func link(from source: String, to destination: String) throws {
        try check(.link, destination)
        try base.link(from: source, to: destination)
    }

    func createDirectory(at path: String) throws {
        try check(.createDirectory, path)
        try base.createDirectory(at: path)
    }

    func removeItem(at path: String) throws {
        try check(.remove, path)
        try base.removeItem(at: path)
    }

    func moveItem(from source: String, to destination: String) throws {
        try check(.move, source)
        try base.moveItem(from: source, to: destination)
    }
}
