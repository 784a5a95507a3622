import Foundation
@testable import SiteGenKit

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The package's root folder.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The default theme.
    static var templatesDirectory: String { Path.join(packageRoot, "Templates") }

    /// A fixture folder below `Tests/Fixtures/`.
    static func fixture(_ name: String) -> String { Path.join(packageRoot, "Tests/Fixtures", name) }

    /// A new empty temporary folder.
    static func temporaryDirectory() throws -> String {
        let path = Path.join(NSTemporaryDirectory(), "sitegen-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Copies a folder tree (recursively) to `destination`.
    static func copyTree(_ source: String, to destination: String) throws {
        try? FileManager.default.removeItem(atPath: destination)
        try FileManager.default.createDirectory(atPath: Path.directory(of: destination), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: source, toPath: destination)
    }

    /// Every file below `directory` with its bytes, by relative path.
    static func snapshot(_ directory: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for file in try LocalFileSystem().files(under: directory) {
            result[file] = try Data(contentsOf: URL(fileURLWithPath: Path.join(directory, file)))
        }
        return result
    }

    /// An in-memory file system holding the default theme under `Templates/` plus `files`.
    static func memoryFileSystem(with files: [String: String]) throws -> InMemoryFileSystem {
        let fileSystem = InMemoryFileSystem(files: files)
        let disk = LocalFileSystem()
        for file in try disk.files(under: templatesDirectory) {
            try fileSystem.write(try disk.contents(of: Path.join(templatesDirectory, file)), to: Path.join("Templates", file))
        }
        return fileSystem
    }

    /// Builds `Tests/Fixtures/alliance-site` with the default theme into a new temporary folder.
    static func buildFixtureSite(drafts: Bool = false) async throws -> (result: BuildResult, output: String) {
        let output = Path.join(try temporaryDirectory(), "Output")
        let layout = SiteLayout(
            contentDirectory: Path.join(fixture("alliance-site"), "Content"),
            templatesDirectory: templatesDirectory,
            outputDirectory: output
        )
        return (await BuildPipeline(layout: layout, options: BuildOptions(includeDrafts: drafts)).run(), output)
    }

    /// `html` without the default theme's own script tags — `assets/text-size.js` (the
    /// larger-text mode) and `assets/search.js` (the site search) — so that a test can check
    /// that no other script reached a page.
    static func withoutThemeScript(_ html: String) -> String {
        html.replacingOccurrences(of: #"<script src="(https?://[^"<>]*/|(\.\./)*)assets/text-size\.js"></script>"#, with: "", options: [.regularExpression, .caseInsensitive])
            .replacing(/<script src="[^"<>]*assets\/search\.js" defer><\/script>/, with: "")
    }

    /// A minimal valid `site.yaml`.
    static let minimalSiteYAML = "title: 测试联盟\ndescription: 测试站点。\n"

    /// Builds a site held in memory (default theme) and returns the result.
    static func buildInMemory(_ files: [String: String], options: BuildOptions = BuildOptions()) async throws -> (BuildResult, InMemoryFileSystem) {
        let fileSystem = try memoryFileSystem(with: files)
        let pipeline = BuildPipeline(layout: SiteLayout(), options: options, fileSystem: fileSystem, markdown: CmarkConverter())
        return (await pipeline.run(), fileSystem)
    }

    /// Every `href` and `src` attribute value in `html`, entity-decoded for `&amp;`.
    static func linkTargets(in html: String) -> [String] {
        var targets: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = Substring(html)
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                targets.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[end...]
            }
        }
        return targets
    }

    /// Whether `target` leaves the site (has a scheme, or is protocol-relative) or stays on the page.
    static func isExternalOrFragment(_ target: String) -> Bool {
        if target.hasPrefix("#") || target.hasPrefix("//") || target.isEmpty { return true }
        guard let colon = target.firstIndex(of: ":") else { return false }
        return !target[..<colon].contains("/")
    }
}
