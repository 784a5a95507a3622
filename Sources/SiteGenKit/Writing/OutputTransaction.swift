import Foundation

/// Writes a build into a staging folder beside the output folder and swaps it in only when the
/// whole build succeeded, so that a failed or killed build leaves the previous output as it was.
///
/// A file whose bytes are the same as those the output folder already holds at that path is
/// not written again: the staging folder gets a hard link to the existing file, so that after
/// the swap it keeps its modification time (rsync uploads only what changed). Staged files are
/// always new files, so nothing written to the staging folder can alter the output folder.
///
/// The staging folder is `.NAME.sitegen-staging` next to `NAME`; a stale one left by a killed
/// build is removed when the next build begins. `.NAME.sitegen-state` records the last
/// successful build (see ``BuildState``).
///
/// The output a commit replaces stays beside it as `.NAME.sitegen-previous` (hard links, so it
/// costs folders, not the files' bytes) until the next build that writes: that build renames it
/// `.NAME.sitegen-discarded` and removes it on another thread while it loads and renders.
/// Removing 20,000 files takes seconds on some disks; a build no longer waits for it at its end.
struct OutputTransaction: Sendable {
    /// The output folder that will hold the finished site.
    let outputDirectory: String
    /// The folder being written.
    let stagingDirectory: String
    /// Where the last successful build's ``BuildState`` is kept.
    let statePath: String
    private let retiredDirectory: String
    private let discardedDirectory: String
    private let fileSystem: any FileSystem
    /// Removals that run while the build goes on; the build waits for them before it returns.
    let removals = BackgroundRemovals()
    private let changes = ChangeCounter()
    /// The staging folder's folders made so far: a file's folder is made before the file is
    /// written, rather than after a first try fails (one path lookup fewer per page).
    private let folders = PathSet()
    /// Every file put in the staging folder, by path below it.
    private let staged = PathSet()
    /// The stamps of the files written (not linked or copied), taken as they were written.
    private let writtenStamps = ConcurrentDictionary<String, FileStamp>()
    /// Whether there was an output folder whose files a staged file could be a link to; a
    /// first build (or one after the output was moved away) skips looking for them.
    private var hasPreviousOutput = true

    /// Prepares a transaction for `outputDirectory`.
    init(outputDirectory: String, fileSystem: any FileSystem) {
        var output = outputDirectory
        while output.count > 1, output.hasSuffix("/") { output.removeLast() }
        self.outputDirectory = output
        self.stagingDirectory = SiteLayout.path(of: .staging, besideOutput: output)
        self.retiredDirectory = SiteLayout.path(of: .previous, besideOutput: output)
        self.discardedDirectory = SiteLayout.path(of: .discarded, besideOutput: output)
        self.statePath = SiteLayout.path(of: .state, besideOutput: output)
        self.fileSystem = fileSystem
    }

    /// Removes leftovers of an earlier killed build, sets the previous output aside to be removed
    /// while this build runs, and creates an empty staging folder.
    mutating func begin() throws {
        try removeLeftovers()
        if fileSystem.itemKind(at: retiredDirectory) != nil {
            if fileSystem.itemKind(at: discardedDirectory) == nil, (try? fileSystem.moveItem(from: retiredDirectory, to: discardedDirectory)) != nil {
                let fileSystem = self.fileSystem
                let discarded = discardedDirectory
                // One that cannot be removed now is removed by the next build.
                removals.start { try? fileSystem.removeItem(at: discarded) }
            } else {
                try fileSystem.removeItem(at: retiredDirectory)
            }
        }
        hasPreviousOutput = fileSystem.itemKind(at: outputDirectory) != nil
        try fileSystem.createDirectory(at: stagingDirectory)
        _ = folders.insert(stagingDirectory)
    }

    /// Removes what an earlier killed or failed build left beside the output folder: a staging
    /// folder and a discarded output that was not removed; moves the previous output back into
    /// place if the build was killed between the two renames of its commit (it is then the last
    /// good output). The previous output beside an output in place is kept for ``begin()``.
    func removeLeftovers() throws {
        removals.wait()
        try fileSystem.removeItem(at: stagingDirectory)
        // Only garbage: what cannot be removed now is tried again by the next build.
        if fileSystem.itemKind(at: discardedDirectory) != nil { try? fileSystem.removeItem(at: discardedDirectory) }
        if fileSystem.itemKind(at: retiredDirectory) != nil, fileSystem.itemKind(at: outputDirectory) == nil {
            try fileSystem.moveItem(from: retiredDirectory, to: outputDirectory)
        }
    }

    /// Writes `data` at `route` inside the staging folder, or links the output's file there
    /// when it already holds these bytes.
    func write(_ data: Data, at route: Route) throws {
        let (staged, previous) = stage(route)
        if hasPreviousOutput, fileSystem.file(at: previous, holds: data), (try? fileSystem.link(from: previous, to: staged)) != nil { return }
        changes.add()
        writtenStamps[route.path] = try fileSystem.writeStamped(data, to: staged)
    }

    /// Copies the file at `source` to `route` inside the staging folder, or links the output's
    /// file there when it already holds the same bytes.
    func copy(from source: String, to route: Route) throws {
        let (staged, previous) = stage(route)
        if hasPreviousOutput, fileSystem.sameContents(source, previous), (try? fileSystem.link(from: previous, to: staged)) != nil { return }
        changes.add()
        try fileSystem.copyFile(from: source, to: staged)
    }

    /// Notes that `route` is staged and makes its folder the first time a file goes into it
    /// (one that cannot be made is left to the write, which makes its folder itself or reports
    /// the failure); returns its path in the staging folder and in the output folder.
    private func stage(_ route: Route) -> (staged: String, previous: String) {
        let staged = Path.join(stagingDirectory, route.path)
        let folder = Path.directory(of: staged)
        if folders.insert(folder) { try? fileSystem.createDirectory(at: folder) }
        _ = self.staged.insert(route.path)
        return (staged, Path.join(outputDirectory, route.path))
    }

    /// Every file staged so far (written, linked or carried over), by path below the output
    /// folder, sorted: after ``commit(keeping:)``, what the output folder holds.
    var stagedFiles: [String] { staged.all.sorted() }

    /// The stamp of the staged file at `path` (below the output folder) when it was written
    /// by this transaction and its stamp was taken then; nil otherwise.
    func writtenStamp(of path: String) -> FileStamp? { writtenStamps[path] }

    /// How many files were staged as new files so far rather than linked: those whose bytes
    /// differ from the output folder's, plus any that could not be linked.
    var filesChanged: Int { changes.count }

    /// Replaces the output folder with the staging folder, first carrying over the `keep` paths
    /// (files or folders) of the previous output that the new build did not write itself.
    func commit(keeping keep: [String] = []) throws {
        for path in keep {
            let previous = Path.join(outputDirectory, path)
            let staged = Path.join(stagingDirectory, path)
            guard fileSystem.itemKind(at: staged) == nil else { continue }
            switch fileSystem.itemKind(at: previous) {
            case .file:
                try carryOver(previous, to: staged)
                _ = self.staged.insert(path)
            case .directory:
                for file in try fileSystem.files(under: previous) {
                    try carryOver(Path.join(previous, file), to: Path.join(staged, file))
                    _ = self.staged.insert(Path.join(path, file))
                }
            case nil:
                continue
            }
        }
        let hadOutput = fileSystem.itemKind(at: outputDirectory) != nil
        // `begin()` set the previous one aside; one left by a build that did not call it goes now.
        if hadOutput, fileSystem.itemKind(at: retiredDirectory) != nil { try fileSystem.removeItem(at: retiredDirectory) }
        if hadOutput { try fileSystem.moveItem(from: outputDirectory, to: retiredDirectory) }
        do {
            try fileSystem.moveItem(from: stagingDirectory, to: outputDirectory)
        } catch {
            if hadOutput { try? fileSystem.moveItem(from: retiredDirectory, to: outputDirectory) }
            throw error
        }
        // The output it replaced stays beside it until the next build that writes (see above).
    }

    /// Carries a file of the previous output over: as a hard link, or a copy where links fail.
    private func carryOver(_ previous: String, to staged: String) throws {
        if (try? fileSystem.link(from: previous, to: staged)) != nil { return }
        try fileSystem.copyFile(from: previous, to: staged)
    }

    /// Throws the staging folder away, leaving the output folder untouched.
    func rollback() {
        try? fileSystem.removeItem(at: stagingDirectory)
    }
}

/// Paths noted from any thread.
private final class PathSet: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []

    /// Notes `path`; whether it is new.
    func insert(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return paths.insert(path).inserted
    }

    /// Every path noted.
    var all: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return paths
    }
}
