import Foundation
import Testing
@testable import SiteGenKit

/// Builds that fail, are killed, or run where hard links cannot be made: the previous output is
/// kept exactly (bytes, times, inodes), no state is recorded for a failed build, and the next
/// build recovers.
@Suite struct OutputRecoveryTests {
    private static let state = ".Output.sitegen-state"

    @Test func aFailedFirstBuildLeavesNoOutputNoStateAndNoStagingFolder() async throws {
        let site = try WorkingSite()
        let failing = FailingFileSystem(LocalFileSystem()) { operation, path, count in
            operation == .write && path.contains(".Output.sitegen-staging/") && count >= 4
        }
        let result = await site.build(fileSystem: failing)
        #expect(result.diagnostics.contains { $0.message.hasPrefix("page cannot be written") })
        #expect(try site.entries() == ["Content"])

        let retried = await site.build()
        #expect(retried.errorCount == 0, "\(retried.diagnostics)")
        #expect(try site.entries() == [Self.state, "Content", "Output"])
    }

    @Test func aFileThatCannotBeCopiedFailsTheRebuildAndItsStagingFolderIsRemoved() async throws {
        let site = try WorkingSite()
        _ = await site.build()
        let snapshot = try site.snapshot()
        let state = try Data(contentsOf: URL(fileURLWithPath: Path.join(site.root, Self.state)))
        // Other bytes, so that the attachment is copied rather than linked; then the copy fails.
        let pdf = site.content("files/forms/charter.pdf")
        try Data("%PDF-1.4 changed".utf8).write(to: URL(fileURLWithPath: pdf))
        let failing = FailingFileSystem(LocalFileSystem()) { operation, path, _ in
            operation == .copy && path.hasSuffix("/files/forms/charter.pdf")
        }
        let result = await site.build(fileSystem: failing)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.location.path) == [pdf])
        #expect(result.diagnostics.contains { $0.message.hasPrefix("file cannot be copied to the output") })
        #expect(try site.entries() == [Self.state, "Content", "Output"], "no staging folder is left beside the output")
        #expect(try site.snapshot() == snapshot)
        #expect(try Data(contentsOf: URL(fileURLWithPath: Path.join(site.root, Self.state))) == state, "a failed build records no state")
    }

    @Test func aFailureMovingTheOldOutputAsideChangesNothing() async throws {
        let site = try WorkingSite()
        _ = await site.build()
        let before = try site.stamps()
        let snapshot = try site.snapshot()
        let state = try Data(contentsOf: URL(fileURLWithPath: Path.join(site.root, Self.state)))
        try site.append("\n新增一段说明。\n", to: "pages/about.md")
        let output = site.layout.outputDirectory
        let failing = FailingFileSystem(LocalFileSystem()) { operation, path, _ in
            operation == .move && path == output
        }
        let result = await site.build(fileSystem: failing)
        #expect(result.diagnostics.contains { $0.message.hasPrefix("the new output cannot be moved into place") })
        #expect(try site.stamps() == before)
        #expect(try site.snapshot() == snapshot)
        #expect(try site.entries() == [Self.state, "Content", "Output"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: Path.join(site.root, Self.state))) == state, "a failed build records no state")

        let retried = await site.build()
        #expect(retried.errorCount == 0)
        // The page, and of the search index the page's document, the one shard of this small
        // site and meta.js with the index's new version.
        #expect(retried.filesChanged == 4)
        #expect(try String(contentsOfFile: Path.join(output, "about/index.html"), encoding: .utf8).contains("新增一段说明。"))
    }

    @Test func aRetiredOutputWithoutAnOutputFolderIsPutBackAndCarriedOver() async throws {
        let site = try WorkingSite()
        _ = await site.build()
        let before = try site.stamps()
        // Killed after the output was moved aside, before the staging folder was moved in and
        // before the staging folder was even complete: here it is already gone.
        try FileManager.default.moveItem(atPath: site.layout.outputDirectory, toPath: Path.join(site.root, ".Output.sitegen-previous"))

        let result = await site.build()
        #expect(result.errorCount == 0)
        #expect(!result.upToDate)
        #expect(result.filesChanged == 0)
        #expect(try site.stamps() == before, "the last good output is put back, and every file of it is linked, not rewritten")
        #expect(try site.entries() == [".Output.sitegen-previous", Self.state, "Content", "Output"])
    }

    @Test func whereHardLinksFailEveryFileIsWrittenInstead() async throws {
        let site = try WorkingSite()
        try site.append("keep: [baidu_verify_x.html]\n", to: "site.yaml")
        _ = await site.build()
        let verification = Path.join(site.layout.outputDirectory, "baidu_verify_x.html")
        try Data("baidu-site-verification".utf8).write(to: URL(fileURLWithPath: verification))
        let kept = await site.build()
        #expect(kept.errorCount == 0)
        #expect(!kept.upToDate, "a file added to Output/ means a full build")
        let before = try site.stamps()
        let snapshot = try site.snapshot()
        #expect(snapshot["baidu_verify_x.html"] != nil)

        // As on a file system without hard links, or with the output on another device (EXDEV).
        let noLinks = FailingFileSystem(LocalFileSystem()) { operation, _, _ in operation == .link }
        let result = await site.build(force: true, fileSystem: noLinks)
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        #expect(result.filesChanged == result.pagesWritten + result.filesCopied + result.searchIndexFiles)
        #expect(try site.snapshot() == snapshot, "the same bytes, kept file included")
        let after = try site.stamps()
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, stamp) in after {
            #expect(stamp.identity != before[path]?.identity, "\(path) should be a new file")
        }
        #expect(await site.build().upToDate)
    }

    @Test func keptFilesAndFoldersAreRecordedSoTheNextBuildFindsNothingToDo() async throws {
        let site = try WorkingSite()
        try site.append("keep: [baidu_verify_x.html, .well-known]\n", to: "site.yaml")
        _ = await site.build()
        let output = site.layout.outputDirectory
        try FileManager.default.createDirectory(atPath: Path.join(output, ".well-known/acme"), withIntermediateDirectories: true)
        try Data("token".utf8).write(to: URL(fileURLWithPath: Path.join(output, ".well-known/acme/token")))
        try Data("baidu-site-verification".utf8).write(to: URL(fileURLWithPath: Path.join(output, "baidu_verify_x.html")))
        let kept = await site.build()
        #expect(kept.errorCount == 0)
        #expect(!kept.upToDate, "files added to Output/ mean a full build")
        #expect(try site.snapshot()[".well-known/acme/token"] != nil)
        #expect(try site.snapshot()["baidu_verify_x.html"] != nil)
        // The state the full build recorded holds the kept files: nothing is left to do.
        #expect(await site.build().upToDate)
    }

    @Test func aForcedRebuildInMemoryKeepsEveryStampAndAChangeRenewsOne() async throws {
        let (first, fileSystem) = try await TestSupport.buildInMemory(["Content/site.yaml": TestSupport.minimalSiteYAML])
        #expect(first.errorCount == 0)
        let before = try #require(BuildState.stamps(under: "Output", fileSystem: fileSystem))
        var options = BuildOptions()
        options.force = true
        let forced = await BuildPipeline(options: options, fileSystem: fileSystem).run()
        #expect(!forced.upToDate)
        #expect(forced.filesChanged == 0)
        #expect(BuildState.stamps(under: "Output", fileSystem: fileSystem) == before)

        try fileSystem.write(Data((TestSupport.minimalSiteYAML + "footer: [备案号]\n").utf8), to: "Content/site.yaml")
        let changed = await BuildPipeline(fileSystem: fileSystem).run()
        #expect(changed.errorCount == 0)
        let after = try #require(BuildState.stamps(under: "Output", fileSystem: fileSystem))
        #expect(after["index.html"] != before["index.html"])
        #expect(after["robots.txt"] == before["robots.txt"])
    }
}
