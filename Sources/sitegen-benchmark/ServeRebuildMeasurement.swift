import Foundation
import SiteGenKit

/// How long `sitegen serve` takes to show a saved announcement: one ``BuildSession`` in this
/// process builds the corpus into a folder of its own, then each round saves one announcement
/// (a paragraph added, as an editor typing; then a title changed, which every list shows) and
/// times the rebuild.
struct ServeRebuildMeasurement {
    /// One timed rebuild.
    struct Rebuild {
        var seconds: Double
        var pagesRendered: Int
        var filesChanged: Int
        var incremental: Bool
        /// The rebuild's steps and their times.
        var steps: [(step: String, seconds: Double)]
    }

    /// The session's first, whole build.
    var first: Double
    /// Rebuilds after a paragraph was added to one announcement.
    var bodyEdits: [Rebuild]
    /// A rebuild after an announcement's title changed.
    var titleEdit: Rebuild
    /// The search index's refresh that follows the body edits (``BuildSession/refreshSearchIndex()``):
    /// its seconds and the files it changed.
    var searchRefresh: (seconds: Double, filesChanged: Int)

    /// Measures `rounds` body edits and one title edit on the site at `site` (its `Content/`,
    /// the default theme), building into `output`. Edits the corpus.
    static func measure(site: String, templates: String, output: String, rounds: Int) async throws -> ServeRebuildMeasurement {
        let layout = SiteLayout(contentDirectory: site + "/Content", templatesDirectory: templates, outputDirectory: output)
        let session = BuildSession(layout: layout)
        let first = try checked(await session.build(), "serve's first build")
        let folder = site + "/Content/announcements"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
        guard !files.isEmpty else { throw BenchmarkError("the corpus has no announcements") }

        var bodyEdits: [Rebuild] = []
        for round in 0..<max(1, rounds) {
            // Spread over the corpus: new and old announcements, on different list pages.
            let path = folder + "/" + files[(files.count * (2 * round + 1)) / (2 * max(1, rounds) + 1)]
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try (text + "\n编辑保存时新增的一段文字，第\(round + 1)次。\n").write(toFile: path, atomically: true, encoding: .utf8)
            bodyEdits.append(try await rebuild(session, "serve's rebuild after a body edit"))
        }
        let clock = ContinuousClock()
        var changed: Int?
        let refresh = clock.measure { changed = session.refreshSearchIndex() }
        guard let changed else { throw BenchmarkError("the rebuilds left no search index to refresh") }
        let searchRefresh = (seconds: refresh.seconds, filesChanged: changed)
        let path = folder + "/" + files[files.count / 2]
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let title = text.range(of: "\ntitle: ") else { throw BenchmarkError("\(path) has no title line") }
        try text.replacingCharacters(in: title, with: "\ntitle: 【更新】").write(toFile: path, atomically: true, encoding: .utf8)
        let titleEdit = try await rebuild(session, "serve's rebuild after a title edit")
        return ServeRebuildMeasurement(first: first.seconds, bodyEdits: bodyEdits, titleEdit: titleEdit, searchRefresh: searchRefresh)
    }

    private static func rebuild(_ session: BuildSession, _ what: String) async throws -> Rebuild {
        let result = try checked(await session.build(), what)
        return Rebuild(seconds: result.seconds, pagesRendered: result.pagesWritten, filesChanged: result.filesChanged, incremental: result.incremental, steps: result.stepTimes)
    }

    private static func checked(_ result: BuildResult, _ what: String) throws -> BuildResult {
        guard result.errorCount == 0 else {
            throw BenchmarkError("\(what) failed:\n" + result.diagnostics.prefix(10).map(\.description).joined(separator: "\n"))
        }
        return result
    }
}
