import Foundation
import Testing
@testable import SiteGenKit

/// A rebuild writes only what changed and removes what is gone, and a failed or interrupted
/// build still leaves the previous output exactly as it was.
@Suite struct IncrementalOutputTests {
    /// A working copy of the fixture site on disk, with its layout.
    private func workingSite() throws -> (root: String, layout: SiteLayout) {
        let root = try TestSupport.temporaryDirectory()
        let content = Path.join(root, "Content")
        try TestSupport.copyTree(Path.join(TestSupport.fixture("alliance-site"), "Content"), to: content)
        let layout = SiteLayout(contentDirectory: content, templatesDirectory: TestSupport.templatesDirectory, outputDirectory: Path.join(root, "Output"))
        return (root, layout)
    }

    private func stamps(_ layout: SiteLayout) throws -> [String: FileStamp] {
        try #require(BuildState.stamps(under: layout.outputDirectory, fileSystem: LocalFileSystem()))
    }

    private func build(_ layout: SiteLayout, force: Bool = false, fileSystem: any FileSystem = LocalFileSystem()) async -> BuildResult {
        var options = BuildOptions()
        options.force = force
        return await BuildPipeline(layout: layout, options: options, fileSystem: fileSystem).run()
    }

    @Test func aRebuildWithNoChangeTouchesNoFile() async throws {
        let (_, layout) = try workingSite()
        let first = await build(layout)
        #expect(first.errorCount == 0, "\(first.diagnostics)")
        #expect(first.filesChanged == first.pagesWritten + first.filesCopied + first.searchIndexFiles)
        let before = try stamps(layout)
        #expect(before.count == first.pagesWritten + first.filesCopied + first.searchIndexFiles)

        let again = await build(layout)
        #expect(again.upToDate)
        #expect(again.pagesWritten == first.pagesWritten)
        #expect(again.diagnostics == first.diagnostics, "the last build's warnings are reported again")
        #expect(try stamps(layout) == before)

        let forced = await build(layout, force: true)
        #expect(!forced.upToDate)
        #expect(forced.filesChanged == 0)
        #expect(try stamps(layout) == before, "unchanged files are carried over as hard links: same inode, same time")
    }

    @Test func aChangedBodyRewritesItsPageAndLeavesOthersAlone() async throws {
        let (_, layout) = try workingSite()
        _ = await build(layout)
        let before = try stamps(layout)
        let about = Path.join(layout.contentDirectory, "pages/about.md")
        try (String(contentsOfFile: about, encoding: .utf8) + "\n新增一段说明。\n").write(toFile: about, atomically: true, encoding: .utf8)

        let result = await build(layout)
        #expect(result.errorCount == 0)
        #expect(!result.upToDate)
        let after = try stamps(layout)
        // The page, and of the search index its document, the shards of its new words and meta.js.
        let search = changedSearchFiles(before, after)
        #expect(result.filesChanged == 1 + search.count)
        #expect(search.contains { $0.hasPrefix("search/f/") } && search.contains("search/meta.js") && search.count <= 3, "\(search)")
        #expect(after["about/index.html"] != before["about/index.html"])
        let text = try String(contentsOfFile: Path.join(layout.outputDirectory, "about/index.html"), encoding: .utf8)
        #expect(text.contains("新增一段说明。"))
        for (path, stamp) in before where path != "about/index.html" && !search.contains(path) {
            #expect(after[path] == stamp, "\(path) was rewritten although its bytes did not change")
        }
    }

    @Test func aChangedAnnouncementBodyRewritesOnlyThatAnnouncementsPage() async throws {
        let site = try WorkingSite()
        _ = await site.build()
        let before = try site.stamps()
        // The announcement has a summary of its own, so no list or feed shows the new paragraph.
        try site.append("\n报名截止日期另行通知。\n", to: "announcements/2024-03-05-member-call.md")

        let result = await site.build()
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        #expect(!result.upToDate)
        let page = "announcements/member-call/index.html"
        let after = try site.stamps()
        let search = changedSearchFiles(before, after)
        #expect(result.filesChanged == 1 + search.count)
        #expect(search.contains { $0.hasPrefix("search/f/") } && search.contains("search/meta.js") && search.count <= 3, "\(search)")
        #expect(after[page]?.identity != before[page]?.identity)
        #expect(try String(contentsOfFile: Path.join(site.layout.outputDirectory, page), encoding: .utf8).contains("报名截止日期另行通知。"))
        #expect(after["about/index.html"] == before["about/index.html"])
        #expect(after["announcements/founding/index.html"] == before["announcements/founding/index.html"])
        for (path, stamp) in before where path != page && !search.contains(path) {
            #expect(after[path] == stamp, "\(path) was rewritten although its bytes did not change")
        }
    }

    @Test func aChangeThatKeepsTheSizeIsStillWritten() async throws {
        let site = try WorkingSite()
        _ = await site.build()
        let before = try site.snapshot()
        // Same number of bytes, other bytes: in a page and in an attachment.
        let about = site.content("pages/about.md")
        try String(contentsOfFile: about, encoding: .utf8).replacingOccurrences(of: "公益性", with: "非营利").write(toFile: about, atomically: true, encoding: .utf8)
        let pdf = URL(fileURLWithPath: site.content("files/forms/charter.pdf"))
        var bytes = try Data(contentsOf: pdf)
        bytes[bytes.count / 2] ^= 1
        try bytes.write(to: pdf)

        let result = await site.build()
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let after = try site.snapshot()
        let search = after.keys.filter { $0.hasPrefix("search/") && after[$0] != before[$0] }
        #expect(result.filesChanged == 2 + search.count)
        #expect(after["about/index.html"]?.count == before["about/index.html"]?.count)
        #expect(after["about/index.html"] != before["about/index.html"])
        #expect(after["files/forms/charter.pdf"] == bytes)
    }

    @Test func aDeletedAnnouncementIsGoneFromTheOutput() async throws {
        let site = try WorkingSite()
        _ = await site.build()
        #expect(FileManager.default.fileExists(atPath: Path.join(site.layout.outputDirectory, "announcements/member-call/index.html")))
        try FileManager.default.removeItem(atPath: site.content("announcements/2024-03-05-member-call.md"))

        let result = await site.build()
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: Path.join(site.layout.outputDirectory, "announcements/member-call")))
        // The output it replaced stays beside it until the next build that writes.
        #expect(try site.entries() == [".Output.sitegen-previous", ".Output.sitegen-state", "Content", "Output"])
    }

    @Test func aContentFileSavedDuringABuildWaitsForTheNextBuild() async throws {
        let site = try WorkingSite()
        _ = await site.build()
        let about = site.content("pages/about.md")
        let original = try Data(contentsOf: URL(fileURLWithPath: about))
        // Saved right after the build read it.
        let editor = EditingFileSystem(LocalFileSystem(), editing: about, to: original + Data("\n编辑中保存的一段。\n".utf8))
        let result = await site.build(force: true, fileSystem: editor)
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let page = Path.join(site.layout.outputDirectory, "about/index.html")
        #expect(try !String(contentsOfFile: page, encoding: .utf8).contains("编辑中保存的一段。"), "the build uses the bytes it read")

        let next = await site.build()
        #expect(!next.upToDate)
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("编辑中保存的一段。"))
        try original.write(to: URL(fileURLWithPath: about))
        let reverted = await site.build()
        #expect(!reverted.upToDate)
        #expect(try !String(contentsOfFile: page, encoding: .utf8).contains("编辑中保存的一段。"))
    }

    @Test func aTemplateSavedDuringABuildIsNotTakenForThatBuildsInput() async throws {
        let site = try WorkingSite()
        var layout = site.layout
        layout.templatesDirectory = Path.join(site.root, "Templates")
        try TestSupport.copyTree(TestSupport.templatesDirectory, to: layout.templatesDirectory)
        func build(force: Bool = false, fileSystem: any FileSystem = LocalFileSystem()) async -> BuildResult {
            var options = BuildOptions()
            options.force = force
            return await BuildPipeline(layout: layout, options: options, fileSystem: fileSystem).run()
        }
        _ = await build()
        let footer = Path.join(layout.templatesDirectory, "partials/footer.mustache")
        let original = try Data(contentsOf: URL(fileURLWithPath: footer))
        // Saved right after the build read it.
        let editor = EditingFileSystem(LocalFileSystem(), editing: footer, to: original + Data("<p>编辑中保存的页脚</p>\n".utf8))
        let result = await build(force: true, fileSystem: editor)
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let page = Path.join(layout.outputDirectory, "about/index.html")
        #expect(try !String(contentsOfFile: page, encoding: .utf8).contains("编辑中保存的页脚"), "the build uses the bytes it read")

        // The saved template is not taken for this output's input: the next build uses it.
        let next = await build()
        #expect(!next.upToDate)
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("编辑中保存的页脚"))
        try original.write(to: URL(fileURLWithPath: footer))
        let reverted = await build()
        #expect(!reverted.upToDate)
        #expect(try !String(contentsOfFile: page, encoding: .utf8).contains("编辑中保存的页脚"))
    }

    @Test func checkNeverTakesTheShortcut() async throws {
        let site = try WorkingSite()
        _ = await site.build()
        let before = try site.stamps()
        let check = await BuildPipeline(layout: site.layout, options: BuildOptions(writeOutput: false)).run()
        #expect(!check.upToDate)
        #expect(check.stepTimes.map(\.step).contains("render pages and search index"))
        #expect(try site.stamps() == before)
        #expect(await site.build().upToDate, "and leaves the state as it was")
    }

    @Test func removedContentDisappearsFromTheOutput() async throws {
        let (_, layout) = try workingSite()
        let extra = Path.join(layout.contentDirectory, "pages/extra.md")
        try "---\ntitle: 临时页面\n---\n正文。\n".write(toFile: extra, atomically: true, encoding: .utf8)
        _ = await build(layout)
        #expect(FileManager.default.fileExists(atPath: Path.join(layout.outputDirectory, "extra/index.html")))
        try FileManager.default.removeItem(atPath: extra)
        let result = await build(layout)
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: Path.join(layout.outputDirectory, "extra/index.html")))
        #expect(!FileManager.default.fileExists(atPath: Path.join(layout.outputDirectory, "extra")))
    }

    @Test func anEditedOrDeletedOutputFileIsRestored() async throws {
        let (_, layout) = try workingSite()
        _ = await build(layout)
        let index = Path.join(layout.outputDirectory, "index.html")
        let good = try Data(contentsOf: URL(fileURLWithPath: index))
        try Data("defaced".utf8).write(to: URL(fileURLWithPath: index))
        let repaired = await build(layout)
        #expect(!repaired.upToDate)
        #expect(try Data(contentsOf: URL(fileURLWithPath: index)) == good)

        let feed = Path.join(layout.outputDirectory, "feed.xml")
        try FileManager.default.removeItem(atPath: feed)
        let restored = await build(layout)
        #expect(!restored.upToDate)
        #expect(restored.filesChanged == 1)
        #expect(FileManager.default.fileExists(atPath: feed))
    }

    @Test func aFailureAfterSomePagesAreStagedLeavesTheOutputAsItWas() async throws {
        let (root, layout) = try workingSite()
        _ = await build(layout)
        let before = try stamps(layout)
        let snapshot = try TestSupport.snapshot(layout.outputDirectory)
        let state = try Data(contentsOf: URL(fileURLWithPath: Path.join(root, ".Output.sitegen-state")))
        // Change every page, so that the build writes rather than links, then fail the fifth write.
        let site = Path.join(layout.contentDirectory, "site.yaml")
        try (String(contentsOfFile: site, encoding: .utf8).replacingOccurrences(of: "title: ", with: "title: 新")).write(toFile: site, atomically: true, encoding: .utf8)
        let failing = FailingFileSystem(LocalFileSystem()) { operation, path, count in
            operation == .write && path.contains(".Output.sitegen-staging") && count >= 4
        }
        let result = await build(layout, fileSystem: failing)
        #expect(result.errorCount > 0)
        #expect(result.diagnostics.contains { $0.message.hasPrefix("page cannot be written") })
        #expect(try stamps(layout) == before)
        #expect(try TestSupport.snapshot(layout.outputDirectory) == snapshot)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [".Output.sitegen-state", "Content", "Output"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: Path.join(root, ".Output.sitegen-state"))) == state)
    }

    @Test func aFailedSwapPutsThePreviousOutputBack() async throws {
        let (root, layout) = try workingSite()
        _ = await build(layout)
        let snapshot = try TestSupport.snapshot(layout.outputDirectory)
        let failing = FailingFileSystem(LocalFileSystem()) { operation, path, _ in
            operation == .move && path.hasSuffix(".Output.sitegen-staging")
        }
        let result = await build(layout, force: true, fileSystem: failing)
        #expect(result.diagnostics.contains { $0.message.hasPrefix("the new output cannot be moved into place") })
        #expect(try TestSupport.snapshot(layout.outputDirectory) == snapshot)
        #expect(!FileManager.default.fileExists(atPath: Path.join(root, ".Output.sitegen-staging")))
        #expect(!FileManager.default.fileExists(atPath: Path.join(root, ".Output.sitegen-previous")))
    }

    @Test func aBuildKilledBetweenTheTwoRenamesIsRecovered() async throws {
        let (root, layout) = try workingSite()
        _ = await build(layout)
        let snapshot = try TestSupport.snapshot(layout.outputDirectory)
        // Killed after the output was moved aside and before the new one was moved in.
        try FileManager.default.moveItem(atPath: layout.outputDirectory, toPath: Path.join(root, ".Output.sitegen-previous"))
        try LocalFileSystem().write(Data("half".utf8), to: Path.join(root, ".Output.sitegen-staging/index.html"))
        let result = await build(layout)
        #expect(result.errorCount == 0)
        #expect(try TestSupport.snapshot(layout.outputDirectory) == snapshot)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [".Output.sitegen-previous", ".Output.sitegen-state", "Content", "Output"])
    }

    @Test func theReplacedOutputIsKeptUntilTheNextBuildThatWritesAndThenRemoved() async throws {
        let (root, layout) = try workingSite()
        _ = await build(layout)
        let about = Path.join(layout.contentDirectory, "pages/about.md")
        let first = try TestSupport.snapshot(layout.outputDirectory)
        try (String(contentsOfFile: about, encoding: .utf8) + "\n新增一段说明。\n").write(toFile: about, atomically: true, encoding: .utf8)
        _ = await build(layout)
        let previous = Path.join(root, ".Output.sitegen-previous")
        #expect(try TestSupport.snapshot(previous) == first)
        let second = try TestSupport.snapshot(layout.outputDirectory)

        try (String(contentsOfFile: about, encoding: .utf8) + "\n再加一段。\n").write(toFile: about, atomically: true, encoding: .utf8)
        let third = await build(layout)
        #expect(third.errorCount == 0)
        #expect(try TestSupport.snapshot(previous) == second, "the oldest output is gone, the one just replaced is kept")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [".Output.sitegen-previous", ".Output.sitegen-state", "Content", "Output"])
    }

    @Test func aDiscardedOutputThatCannotBeRemovedDoesNotFailABuildAndTheNextRemovesIt() async throws {
        let (root, layout) = try workingSite()
        _ = await build(layout)
        let about = Path.join(layout.contentDirectory, "pages/about.md")
        try (String(contentsOfFile: about, encoding: .utf8) + "\n新增一段说明。\n").write(toFile: about, atomically: true, encoding: .utf8)
        _ = await build(layout)
        try (String(contentsOfFile: about, encoding: .utf8) + "\n再加一段。\n").write(toFile: about, atomically: true, encoding: .utf8)
        let failing = FailingFileSystem(LocalFileSystem()) { operation, path, _ in
            operation == .remove && path.hasSuffix(".Output.sitegen-discarded")
        }
        let result = await build(layout, fileSystem: failing)
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let text = try String(contentsOfFile: Path.join(layout.outputDirectory, "about/index.html"), encoding: .utf8)
        #expect(text.contains("再加一段。"))
        #expect(FileManager.default.fileExists(atPath: Path.join(root, ".Output.sitegen-discarded")))
        let published = try stamps(layout)

        // The state was recorded, and the next build, with nothing to do, removes the leftover.
        let again = await build(layout)
        #expect(again.upToDate)
        #expect(try stamps(layout) == published)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [".Output.sitegen-previous", ".Output.sitegen-state", "Content", "Output"])
    }

    @Test func aHalfWrittenStagingFolderBesideAnIntactOutputIsRemovedEvenWhenNothingChanged() async throws {
        let (root, layout) = try workingSite()
        _ = await build(layout)
        let before = try stamps(layout)
        let snapshot = try TestSupport.snapshot(layout.outputDirectory)
        // A build killed while staging: some pages written, no swap.
        let staging = Path.join(root, ".Output.sitegen-staging")
        try LocalFileSystem().write(Data("<!doctype html><title>半".utf8), to: Path.join(staging, "index.html"))
        try LocalFileSystem().link(from: Path.join(layout.outputDirectory, "about/index.html"), to: Path.join(staging, "about/index.html"))

        let result = await build(layout)
        #expect(result.upToDate)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [".Output.sitegen-state", "Content", "Output"])
        #expect(try stamps(layout) == before)
        #expect(try TestSupport.snapshot(layout.outputDirectory) == snapshot)
    }

    @Test func aBuildReadsEachContentFileOnce() async throws {
        let (_, layout) = try workingSite()
        let disk = CountingFileSystem()
        let result = await BuildPipeline(layout: layout, options: BuildOptions(), fileSystem: disk).run()
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let content = disk.paths.filter { $0.hasPrefix(layout.contentDirectory + "/") }
        #expect(content.count == Set(content).count, "read twice: \(content.filter { path in content.filter { $0 == path }.count > 1 })")
        #expect(content.contains(Path.join(layout.contentDirectory, "site.yaml")))
        #expect(content.contains { $0.hasSuffix(".md") })
        // Every file of a content folder was asked for ahead of its reading, so that the disk
        // fetches them at once.
        let folders = Set(content.filter { $0.hasSuffix(".md") })
        #expect(!folders.isEmpty && folders.isSubset(of: Set(disk.pathsReadAhead)))
    }

    @Test func theInputsAreSeenUnchangedUntilAFileIsSavedAddedOrRemoved() throws {
        let (_, layout) = try workingSite()
        let fingerprint = InputFingerprint(layout: layout, settings: [], fileSystem: LocalFileSystem())
        var reading = try #require(fingerprint.read())
        #expect(fingerprint.isUnchanged(since: reading))
        let about = Path.join(layout.contentDirectory, "pages/about.md")
        let original = try Data(contentsOf: URL(fileURLWithPath: about))
        try (original + Data("\n".utf8)).write(to: URL(fileURLWithPath: about))
        #expect(!fingerprint.isUnchanged(since: reading), "a saved file")

        reading = try #require(fingerprint.read())
        let added = Path.join(layout.contentDirectory, "pages/new.md")
        try Data("---\ntitle: 新页面\n---\n".utf8).write(to: URL(fileURLWithPath: added))
        #expect(!fingerprint.isUnchanged(since: reading), "an added file")

        reading = try #require(fingerprint.read())
        try FileManager.default.removeItem(atPath: added)
        #expect(!fingerprint.isUnchanged(since: reading), "a removed file")
    }

    @Test func theFingerprintFollowsEveryInput() throws {
        let (root, layout) = try workingSite()
        let templates = Path.join(root, "Templates")
        try TestSupport.copyTree(TestSupport.templatesDirectory, to: templates)
        var siteLayout = layout
        siteLayout.templatesDirectory = templates
        func fingerprint(_ options: BuildOptions = BuildOptions()) throws -> String {
            try #require(InputFingerprint(layout: siteLayout, settings: options.fingerprintSettings, fileSystem: LocalFileSystem()).compute())
        }
        var original = try fingerprint()
        #expect(try fingerprint() == original)

        var drafts = BuildOptions(includeDrafts: true)
        #expect(try fingerprint(drafts) != original)
        drafts = BuildOptions(strict: true)
        #expect(try fingerprint(drafts) != original)
        var tool = BuildOptions()
        tool.toolIdentity = "sitegen 2"
        #expect(try fingerprint(tool) != original)

        // A file written again is taken for changed, even with its bytes as they were, or of
        // the same size.
        let image = Path.join(layout.contentDirectory, "files/forms/charter.pdf")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: image))
        var changed = bytes
        changed[changed.count / 2] ^= 1
        try changed.write(to: URL(fileURLWithPath: image))
        #expect(try fingerprint() != original, "one flipped bit of an attachment")
        let flipped = try fingerprint()
        try bytes.write(to: URL(fileURLWithPath: image))
        #expect(try fingerprint() != flipped && fingerprint() != original, "the attachment written back")
        original = try fingerprint()

        let notice = Path.join(layout.contentDirectory, "announcements/2024-03-05-member-call.md")
        let text = try Data(contentsOf: URL(fileURLWithPath: notice))
        try (text.dropLast() + Data(" \n".utf8)).write(to: URL(fileURLWithPath: notice))
        #expect(try fingerprint() != original, "one more space in an announcement")
        original = try fingerprint()

        // A file renamed and renamed back keeps its stamp.
        let renamed = Path.join(layout.contentDirectory, "announcements/2024-03-06-member-call.md")
        try FileManager.default.moveItem(atPath: notice, toPath: renamed)
        #expect(try fingerprint() != original, "a renamed file")
        try FileManager.default.moveItem(atPath: renamed, toPath: notice)
        #expect(try fingerprint() == original)

        let empty = Path.join(layout.contentDirectory, "files/empty.txt")
        try Data().write(to: URL(fileURLWithPath: empty))
        #expect(try fingerprint() != original, "a new empty file")
        try FileManager.default.removeItem(atPath: empty)
        #expect(try fingerprint() == original)

        let style = Path.join(templates, "assets/style.css")
        try (String(contentsOfFile: style, encoding: .utf8) + " ").write(toFile: style, atomically: true, encoding: .utf8)
        #expect(try fingerprint() != original, "a changed template or asset")
    }

    /// The files of the search index that differ between two sets of stamps.
    private func changedSearchFiles<Stamp: Equatable>(_ before: [String: Stamp], _ after: [String: Stamp]) -> Set<String> {
        Set(after.keys.filter { $0.hasPrefix("search/") && after[$0] != before[$0] })
    }
}

@Suite struct LocalFileSystemWriteTests {
    @Test func writingANameNeverChangesAnotherNameOfTheSameFile() throws {
        let root = try TestSupport.temporaryDirectory()
        let disk = LocalFileSystem()
        let original = Path.join(root, "Output/index.html")
        let staged = Path.join(root, "staging/index.html")
        try disk.write(Data("旧".utf8), to: original)
        try disk.link(from: original, to: staged)
        #expect(disk.stamp(of: staged)?.identity == disk.stamp(of: original)?.identity)
        try disk.write(Data("新".utf8), to: staged)
        #expect(try disk.contents(of: original) == Data("旧".utf8))
        #expect(try disk.contents(of: staged) == Data("新".utf8))
        #expect(disk.stamp(of: staged)?.identity != disk.stamp(of: original)?.identity)
    }

    @Test func readingGivesEveryByteOfAnySizeAndRefusesWhatIsNoFile() throws {
        let root = try TestSupport.temporaryDirectory()
        let disk = LocalFileSystem()
        for size in [0, 1, 4095, 4096, 4097, 100_000] {
            let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) })
            let path = Path.join(root, "file-\(size).bin")
            try bytes.write(to: URL(fileURLWithPath: path))
            #expect(try disk.contents(of: path) == bytes, "\(size) bytes")
        }
        #expect(throws: FileSystemError.self) { try disk.contents(of: Path.join(root, "missing.md")) }
        #expect(throws: FileSystemError.self) { try disk.contents(of: root) }
    }

    @Test func aFileAboveTheLimitIsNotReadAndItsSizeIsTold() throws {
        let root = try TestSupport.temporaryDirectory()
        let disk = LocalFileSystem()
        let path = Path.join(root, "big.md")
        try disk.write(Data(repeating: 0x41, count: 5_000), to: path)
        #expect(try disk.contents(of: path, atMost: 5_000).count == 5_000)
        #expect {
            try disk.contents(of: path, atMost: 4_999)
        } throws: { error in
            (error as? FileTooLarge).map { $0.size == 5_000 && $0.path == path } ?? false
        }
        #expect(throws: FileSystemError.self) { try disk.contents(of: Path.join(root, "missing.md"), atMost: 10) }
    }

    @Test func aFileJustWrittenIsInMemorySoReadingAheadSkipsItsGroup() throws {
        let root = try TestSupport.temporaryDirectory()
        let disk = LocalFileSystem()
        let written = Path.join(root, "written.md")
        let empty = Path.join(root, "empty.md")
        try disk.write(Data(repeating: 0xE4, count: 9_000), to: written)
        try disk.write(Data(), to: empty)
        #expect(LocalFileSystem.isInMemory(written))
        #expect(LocalFileSystem.isInMemory(empty))
        #expect(!LocalFileSystem.isInMemory(Path.join(root, "missing.md")))
        #expect(!LocalFileSystem.isInMemory(root))
        // A hint only: missing paths are passed over and nothing changes.
        disk.readAhead([written, Path.join(root, "missing.md"), empty] + (0..<40).map { Path.join(root, "gone-\($0).md") })
        #expect(try disk.contents(of: written).count == 9_000)
        #expect(try disk.files(under: root).sorted() == ["empty.md", "written.md"])
    }
}

    @Test func stampsUnderAFolderAreThoseOfEveryListedFileInTheListsOrder() throws {
        let root = try TestSupport.temporaryDirectory()
        let disk = LocalFileSystem()
        let folder = Path.join(root, "Content")
        for (file, text) in [("b.md", "乙"), ("a.md", "甲甲"), ("announcements/2025/通知.md", "通知"), ("files/forms/表.pdf", "pdf"), (".hidden", "")] {
            try disk.write(Data(text.utf8), to: Path.join(folder, file))
        }
        // Enough entries, and enough folders, for each to be looked at on all cores.
        for number in 0..<600 { try disk.write(Data("\(number)".utf8), to: Path.join(folder, "many/\(number).md")) }
        for number in 0..<70 { try disk.write(Data("页\(number)".utf8), to: Path.join(folder, "pages/\(number)/index.html")) }
        try disk.write(Data("外".utf8), to: Path.join(root, "outside.txt"))
        try FileManager.default.createSymbolicLink(atPath: Path.join(folder, "files/alias.pdf"), withDestinationPath: Path.join(folder, "files/forms/表.pdf"))
        try FileManager.default.createSymbolicLink(atPath: Path.join(folder, "leak.txt"), withDestinationPath: Path.join(root, "outside.txt"))
        try FileManager.default.createSymbolicLink(atPath: Path.join(folder, "dangling.md"), withDestinationPath: Path.join(folder, "gone.md"))

        let stamps = try disk.stamps(under: folder)
        let listed = try disk.files(under: folder)
        #expect(stamps.map(\.file) == listed)
        #expect(listed.count == 600 + 70 + 6)
        #expect(listed.contains("files/alias.pdf") && !listed.contains("leak.txt") && !listed.contains("dangling.md"))
        for (file, stamp) in stamps {
            #expect(disk.stamp(of: Path.join(folder, file)) == stamp, "\(file)")
        }
        #expect(try disk.stamps(under: Path.join(root, "missing")).isEmpty)
    }

@Suite struct BuildStateTests {
    @Test func aStateReadsBackAsItWasWritten() throws {
        let fileSystem = InMemoryFileSystem()
        let state = BuildState(
            fingerprint: "0123456789abcdef0123456789abcdef",
            output: ["index.html": FileStamp(size: 10, modified: 1_700_000_000_123_456_789, identity: 42), "files/报名 表.pdf": FileStamp(size: 0, modified: -1, identity: 7)],
            pagesWritten: 3, filesCopied: 1,
            warnings: [.warning(at: SourceLocation(path: "Content/a.md", line: 3, column: 7), "链接 \"x\"\tbroken", hint: "fix it")]
        )
        try state.save(to: ".Output.sitegen-state", fileSystem: fileSystem)
        #expect(BuildState.load(from: ".Output.sitegen-state", fileSystem: fileSystem) == state)
        #expect(BuildState.load(from: ".Output.sitegen-state", fingerprint: state.fingerprint, fileSystem: fileSystem) == state)
        #expect(BuildState.load(from: ".Output.sitegen-state", fingerprint: "0123456789abcdef0123456789abcdee", fileSystem: fileSystem) == nil)
        #expect(BuildState.load(from: ".Output.sitegen-state", fingerprint: "0123456789abcdef", fileSystem: fileSystem) == nil)
    }

    @Test func aDamagedStateMeansAFullBuild() async throws {
        let (first, fileSystem) = try await TestSupport.buildInMemory(["Content/site.yaml": TestSupport.minimalSiteYAML])
        #expect(first.errorCount == 0)
        let good = try #require(fileSystem.text(at: ".Output.sitegen-state"))
        for damaged in ["", "garbage", String(good.dropLast(7)), good.replacingOccurrences(of: "\t", with: " ")] {
            try fileSystem.write(Data(damaged.utf8), to: ".Output.sitegen-state")
            #expect(BuildState.load(from: ".Output.sitegen-state", fileSystem: fileSystem) == nil || damaged == String(good.dropLast(7)))
            let result = await BuildPipeline(fileSystem: fileSystem).run()
            #expect(result.errorCount == 0)
            #expect(!result.upToDate)
        }
    }
}
