import Foundation
import Testing
@testable import SiteGenKit

/// A copy of the fixture site in a new temporary folder on the real disk, to edit and rebuild.
struct WorkingSite {
    /// The temporary folder holding `Content/`, and `Output/` with its siblings once built.
    let root: String
    /// The copy's folders, with the default theme.
    let layout: SiteLayout

    /// Copies `Tests/Fixtures/alliance-site/Content` into a new temporary folder.
    init() throws {
        root = try TestSupport.temporaryDirectory()
        let content = Path.join(root, "Content")
        try TestSupport.copyTree(Path.join(TestSupport.fixture("alliance-site"), "Content"), to: content)
        layout = SiteLayout(contentDirectory: content, templatesDirectory: TestSupport.templatesDirectory, outputDirectory: Path.join(root, "Output"))
    }

    /// Builds the site, on the real disk unless another file system is given.
    func build(force: Bool = false, now: Date? = nil, fileSystem: any FileSystem = LocalFileSystem()) async -> BuildResult {
        var options = BuildOptions()
        options.force = force
        options.now = now
        return await BuildPipeline(layout: layout, options: options, fileSystem: fileSystem).run()
    }

    /// Size, modification time and inode of every file in `Output/`.
    func stamps() throws -> [String: FileStamp] {
        try #require(BuildState.stamps(under: layout.outputDirectory, fileSystem: LocalFileSystem()))
    }

    /// Every file of `Output/` with its bytes.
    func snapshot() throws -> [String: Data] {
        try TestSupport.snapshot(layout.outputDirectory)
    }

    /// What `root` holds, sorted.
    func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root).sorted()
    }

    /// The path of a file below `Content/`.
    func content(_ path: String) -> String {
        Path.join(layout.contentDirectory, path)
    }

    /// Appends `text` to the file at `path` below `Content/`.
    func append(_ text: String, to path: String) throws {
        let file = content(path)
        try (String(contentsOfFile: file, encoding: .utf8) + text).write(toFile: file, atomically: true, encoding: .utf8)
    }
}
