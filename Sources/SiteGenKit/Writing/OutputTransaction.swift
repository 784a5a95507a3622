import Foundation

/// Writes a build into a staging folder beside the output folder and swaps it in only when the
/// whole build succeeded, so that a failed or killed build leaves the previous output as it was.
///
/// The staging folder is `.NAME.sitegen-staging` next to `NAME`; a stale one left by a killed
/// build is removed when the next build begins.
public struct OutputTransaction: Sendable {
    /// The output folder that will hold the finished site.
    public let outputDirectory: String
    /// The folder being written.
    public let stagingDirectory: String
    private let retiredDirectory: String
    private let fileSystem: any FileSystem

    /// Prepares a transaction for `outputDirectory`.
    public init(outputDirectory: String, fileSystem: any FileSystem) {
        var output = outputDirectory
        while output.count > 1, output.hasSuffix("/") { output.removeLast() }
        self.outputDirectory = output
        let parent = Path.directory(of: output)
        let name = Path.lastComponent(output)
        self.stagingDirectory = Path.join(parent, ".\(name).sitegen-staging")
        self.retiredDirectory = Path.join(parent, ".\(name).sitegen-previous")
        self.fileSystem = fileSystem
    }

    /// Removes leftovers of an earlier killed build and creates an empty staging folder.
    public func begin() throws {
        try fileSystem.removeItem(at: stagingDirectory)
        if fileSystem.itemKind(at: retiredDirectory) != nil {
            if fileSystem.itemKind(at: outputDirectory) == nil {
                // Killed between the two renames of a commit: the retired folder is the last good output.
                try fileSystem.moveItem(from: retiredDirectory, to: outputDirectory)
            } else {
                try fileSystem.removeItem(at: retiredDirectory)
            }
        }
        try fileSystem.createDirectory(at: stagingDirectory)
    }

    /// Writes `data` at `route` inside the staging folder.
    public func write(_ data: Data, at route: Route) throws {
        try fileSystem.write(data, to: Path.join(stagingDirectory, route.path))
    }

    /// Copies the file at `source` to `route` inside the staging folder.
    public func copy(from source: String, to route: Route) throws {
        try fileSystem.copyFile(from: source, to: Path.join(stagingDirectory, route.path))
    }

    /// Replaces the output folder with the staging folder, first carrying over the `keep` paths
    /// (files or folders) of the previous output that the new build did not write itself.
    public func commit(keeping keep: [String] = []) throws {
        for path in keep {
            let previous = Path.join(outputDirectory, path)
            let staged = Path.join(stagingDirectory, path)
            guard fileSystem.itemKind(at: staged) == nil else { continue }
            switch fileSystem.itemKind(at: previous) {
            case .file:
                try fileSystem.copyFile(from: previous, to: staged)
            case .directory:
                for file in try fileSystem.files(under: previous) {
                    try fileSystem.copyFile(from: Path.join(previous, file), to: Path.join(staged, file))
                }
            case nil:
                continue
            }
        }
        let hadOutput = fileSystem.itemKind(at: outputDirectory) != nil
        if hadOutput { try fileSystem.moveItem(from: outputDirectory, to: retiredDirectory) }
        do {
            try fileSystem.moveItem(from: stagingDirectory, to: outputDirectory)
        } catch {
            if hadOutput { try? fileSystem.moveItem(from: retiredDirectory, to: outputDirectory) }
            throw error
        }
        if hadOutput { try fileSystem.removeItem(at: retiredDirectory) }
    }

    /// Throws the staging folder away, leaving the output folder untouched.
    public func rollback() {
        try? fileSystem.removeItem(at: stagingDirectory)
    }
}
