import Foundation
@testable import SiteGenKit

/// A file system held in memory, for tests: a map from normalised path to bytes.
///
/// Directories exist implicitly when a file lies below them, or explicitly once created. Each
/// write makes a new file with a new identity and a later modification stamp (a logical
/// clock); a hard link shares both.
final class InMemoryFileSystem: FileSystem, @unchecked Sendable {
    private let lock = NSLock()
    private var fileData: [String: Data]
    private var stamps: [String: FileStamp] = [:]
    private var clock: Int64 = 0
    private var directories: Set<String> = []

    /// Creates a file system holding `files` (path → UTF-8 text).
    init(files: [String: String] = [:]) {
        var data: [String: Data] = [:]
        for (path, text) in files { data[Self.key(path)] = Data(text.utf8) }
        self.fileData = data
        for key in data.keys.sorted() { stamps[key] = nextStampLocked(size: data[key]?.count ?? 0) }
    }

    private func nextStampLocked(size: Int) -> FileStamp {
        clock += 1
        return FileStamp(size: size, modified: clock, identity: UInt64(clock))
    }

    /// Every file's path, sorted.
    var allPaths: [String] {
        lock.withLock { fileData.keys.sorted() }
    }

    /// The file at `path` as UTF-8 text, or nil.
    func text(at path: String) -> String? {
        lock.withLock { fileData[Self.key(path)].flatMap { String(data: $0, encoding: .utf8) } }
    }

    private static func key(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }

    private func isDirectoryLocked(_ key: String) -> Bool {
        if key.isEmpty || directories.contains(key) { return true }
        let prefix = key + "/"
        return fileData.keys.contains { $0.hasPrefix(prefix) }
    }

    func contents(of path: String) throws -> Data {
        try lock.withLock {
            guard let data = fileData[Self.key(path)] else {
                throw FileSystemError(path: path, reason: "does not exist")
            }
            return data
        }
    }

    func itemKind(at path: String) -> FileItemKind? {
        let key = Self.key(path)
        return lock.withLock {
            if fileData[key] != nil { return .file }
            return isDirectoryLocked(key) ? .directory : nil
        }
    }

    func files(under directory: String) throws -> [String] {
        let key = Self.key(directory)
        let prefix = key.isEmpty ? "" : key + "/"
        return lock.withLock {
            fileData.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
        }
    }

    func size(of path: String) throws -> Int {
        try contents(of: path).count
    }

    func write(_ data: Data, to path: String) throws {
        lock.withLock {
            let key = Self.key(path)
            fileData[key] = data
            stamps[key] = nextStampLocked(size: data.count)
        }
    }

    func stamp(of path: String) -> FileStamp? {
        lock.withLock { stamps[Self.key(path)] }
    }

    func link(from source: String, to destination: String) throws {
        try lock.withLock {
            let from = Self.key(source)
            guard let data = fileData[from], let stamp = stamps[from] else { throw FileSystemError(path: source, reason: "does not exist") }
            // As link(2): an existing destination is an error (EEXIST), never replaced.
            guard fileData[Self.key(destination)] == nil else { throw FileSystemError(path: destination, reason: "already exists") }
            fileData[Self.key(destination)] = data
            stamps[Self.key(destination)] = stamp
        }
    }

    func copyFile(from source: String, to destination: String) throws {
        let data = try contents(of: source)
        try write(data, to: destination)
    }

    func createDirectory(at path: String) throws {
        _ = lock.withLock { directories.insert(Self.key(path)) }
    }

    func removeItem(at path: String) throws {
        let key = Self.key(path)
        let prefix = key + "/"
        lock.withLock {
            fileData[key] = nil
            stamps[key] = nil
            for file in fileData.keys where file.hasPrefix(prefix) {
                fileData[file] = nil
                stamps[file] = nil
            }
            directories = directories.filter { $0 != key && !$0.hasPrefix(prefix) }
        }
    }

    func moveItem(from source: String, to destination: String) throws {
        let from = Self.key(source)
        let to = Self.key(destination)
        try lock.withLock {
            if let data = fileData.removeValue(forKey: from) {
                fileData[to] = data
                stamps[to] = stamps.removeValue(forKey: from)
                return
            }
            guard isDirectoryLocked(from) else { throw FileSystemError(path: source, reason: "does not exist") }
            let prefix = from + "/"
            for file in fileData.keys where file.hasPrefix(prefix) {
                fileData[to + "/" + file.dropFirst(prefix.count)] = fileData.removeValue(forKey: file)
                stamps[to + "/" + file.dropFirst(prefix.count)] = stamps.removeValue(forKey: file)
            }
            directories = Set(directories.map { $0 == from ? to : ($0.hasPrefix(prefix) ? to + "/" + $0.dropFirst(prefix.count) : $0) })
        }
    }
}
