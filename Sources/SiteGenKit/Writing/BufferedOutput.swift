import Foundation

/// Holds what a rebuild of a few pages made until the whole rebuild has succeeded, then writes
/// into the output folder itself only the files whose bytes changed and removes the files the
/// site no longer has. For the preview's private folder (`sitegen serve`), where rebuilding
/// beside it would cost more than the pages themselves.
final class BufferedOutput: OutputDestination, @unchecked Sendable {
    let outputDirectory: String
    private let fileSystem: any FileSystem
    private let lock = NSLock()
    private var files: [Route: Data] = [:]
    private var copies: [Route: String] = [:]

    /// An empty buffer for `outputDirectory`.
    init(outputDirectory: String, fileSystem: any FileSystem) {
        self.outputDirectory = outputDirectory
        self.fileSystem = fileSystem
    }

    func write(_ data: Data, at route: Route) throws {
        lock.lock()
        files[route] = data
        lock.unlock()
    }

    func copy(from source: String, to route: Route) throws {
        lock.lock()
        copies[route] = source
        lock.unlock()
    }

    /// Writes the buffered files whose bytes differ from the output folder's, then removes
    /// `removed`; returns how many files changed. Stops at the first failure.
    func flush(removing removed: some Sequence<Route>) throws -> Int {
        lock.lock()
        defer { lock.unlock() }
        var changed = 0
        for route in files.keys.sorted() {
            guard let data = files[route] else { continue }
            let path = Path.join(outputDirectory, route.path)
            if fileSystem.file(at: path, holds: data) { continue }
            try fileSystem.write(data, to: path)
            changed += 1
        }
        for route in copies.keys.sorted() {
            guard let source = copies[route] else { continue }
            let path = Path.join(outputDirectory, route.path)
            if fileSystem.sameContents(source, path) { continue }
            try fileSystem.removeItem(at: path)
            try fileSystem.copyFile(from: source, to: path)
            changed += 1
        }
        for route in removed {
            let path = Path.join(outputDirectory, route.path)
            guard fileSystem.itemKind(at: path) != nil else { continue }
            try fileSystem.removeItem(at: path)
            changed += 1
            // A page's folder goes with its last file, as it is not in a build from scratch.
            var folder = Path.directory(of: route.path)
            while !folder.isEmpty {
                let folderPath = Path.join(outputDirectory, folder)
                guard fileSystem.itemKind(at: folderPath) == .directory, (try? fileSystem.files(under: folderPath))?.isEmpty == true else { break }
                try fileSystem.removeItem(at: folderPath)
                folder = Path.directory(of: folder)
            }
        }
        return changed
    }
}
