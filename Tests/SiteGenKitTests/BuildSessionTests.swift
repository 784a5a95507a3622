import Foundation
import Testing
@testable import SiteGenKit

/// A session's rebuilds (`sitegen serve`) render only the pages whose inputs changed, yet always
/// leave exactly what a build from scratch writes.
@Suite struct BuildSessionTests {
    /// A copy of the example site and the default theme, with a session on it and a second
    /// output folder for builds from scratch.
    private struct EditedSite {
        let root: String
        let layout: SiteLayout
        let scratch: SiteLayout
        let session: BuildSession

        init() throws {
            root = try TestSupport.temporaryDirectory()
            let content = Path.join(root, "Content")
            let templates = Path.join(root, "Templates")
            try TestSupport.copyTree(Path.join(TestSupport.packageRoot, "Content"), to: content)
            try TestSupport.copyTree(TestSupport.templatesDirectory, to: templates)
            layout = SiteLayout(contentDirectory: content, templatesDirectory: templates, outputDirectory: Path.join(root, "Preview"))
            scratch = SiteLayout(contentDirectory: content, templatesDirectory: templates, outputDirectory: Path.join(root, "Scratch"))
            session = BuildSession(layout: layout)
        }

        func path(_ relative: String) -> String { Path.join(layout.contentDirectory, relative) }

        func read(_ relative: String) throws -> String { try String(contentsOfFile: path(relative), encoding: .utf8) }

        func write(_ text: String, to relative: String) throws {
            try text.write(toFile: path(relative), atomically: true, encoding: .utf8)
        }

        func replace(_ old: String, with new: String, in relative: String) throws {
            let text = try read(relative)
            #expect(text.contains(old), "the edit applies to \(relative)")
            try write(text.replacingOccurrences(of: old, with: new), to: relative)
        }

        /// Rebuilds with the session, builds from scratch beside it, and expects both outputs to
        /// hold the same files with the same bytes.
        @discardableResult
        func rebuildMatchesScratch(_ what: Comment, sourceLocation: SourceLocation = #_sourceLocation) async throws -> BuildResult {
            let result = await session.build()
            #expect(result.errorCount == 0, "\(what): \(result.diagnostics)", sourceLocation: sourceLocation)
            var options = BuildOptions()
            options.force = true
            let fresh = await BuildPipeline(layout: scratch, options: options).run()
            #expect(fresh.errorCount == 0, sourceLocation: sourceLocation)
            if result.incremental, result.errorCount == 0 {
                // A rebuild leaves the search index to the refresh that follows it (see BuildSession).
                #expect(session.searchIndexIsStale, sourceLocation: sourceLocation)
                #expect(session.refreshSearchIndex() != nil, sourceLocation: sourceLocation)
                #expect(!session.searchIndexIsStale, sourceLocation: sourceLocation)
            }
            #expect(session.refreshSearchIndex() == nil, "a current index is not written again", sourceLocation: sourceLocation)
            let preview = try TestSupport.snapshot(layout.outputDirectory)
            let expected = try TestSupport.snapshot(scratch.outputDirectory)
            let extra = Set(preview.keys).subtracting(expected.keys).sorted()
            let missing = Set(expected.keys).subtracting(preview.keys).sorted()
            #expect(extra.isEmpty && missing.isEmpty, "\(what): extra files \(extra), missing files \(missing)", sourceLocation: sourceLocation)
            let folders = try LocalFileSystem().files(under: layout.outputDirectory).map(Path.directory).filter { !$0.isEmpty }
            let emptyFolders = try FileManager.default.subpathsOfDirectory(atPath: layout.outputDirectory).filter { path in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: Path.join(layout.outputDirectory, path), isDirectory: &isFolder) && isFolder.boolValue
                    && !folders.contains { $0 == path || $0.hasPrefix(path + "/") }
            }
            #expect(emptyFolders.isEmpty, "\(what): folders left empty \(emptyFolders)", sourceLocation: sourceLocation)
            let differing = expected.keys.filter { preview[$0] != expected[$0] }.sorted()
            #expect(differing.isEmpty, "\(what): stale files \(differing)", sourceLocation: sourceLocation)
            return result
        }
    }

    private typealias SourceLocation = Testing.SourceLocation

    @Test func everyRebuildWritesWhatABuildFromScratchWrites() async throws {
        let site = try EditedSite()
        let first = try await site.rebuildMatchesScratch("first build")
        #expect(!first.incremental)
        let total = first.pagesWritten

        let unchanged = try await site.rebuildMatchesScratch("no change")
        #expect(unchanged.incremental)
        #expect(unchanged.filesChanged == 0)
        #expect(unchanged.pagesWritten < total / 2, "only the pages without a key are rendered again")

        let announcement = "announcements/2024-12-18-zibo-exchange.md"
        try site.write(try site.read(announcement) + "\n补充一段新的说明文字。\n", to: announcement)
        let body = try await site.rebuildMatchesScratch("a body edited")
        #expect(body.incremental)
        #expect(body.pagesWritten < total / 2)

        let items = try #require(site.session.memory?.chunks.count)
        #expect(items > 10, "the first build kept every announcement's list item")

        try site.replace("title: ", with: "title: 【更新】", in: announcement)
        try await site.rebuildMatchesScratch("a title changed, which lists, neighbours and member pages show")
        #expect(site.session.memory?.chunks.count == items, "the edited announcement's old item is forgotten, its new one kept")

        try site.replace("date: 2024-12-18", with: "date: 2025-06-30", in: announcement)
        try await site.rebuildMatchesScratch("a date changed, which moves it in every list")

        let oldest = "announcements/2024-01-12-annual-work-meeting-2024.md"
        try site.replace("tags: [工作会议]", with: "tags: [联盟大会]", in: oldest)
        try await site.rebuildMatchesScratch("its tag replaced by a new one, which a tag page then lists")
        try site.replace("date: 2024-01-12", with: "date: 2023-01-12", in: oldest)
        try await site.rebuildMatchesScratch("the oldest announcement moved to a year of its own, still last in every list")

        try site.write("""
            ---
            title: 新成员单位座谈会召开
            date: 2025-12-01
            tags: [新标签]
            ---
            苏州市姑苏技师学院等新成员单位参加座谈。

            详见[入会指南](../pages/join.md)。
            """, to: "announcements/2025-12-01-new-members.md")
        let added = try await site.rebuildMatchesScratch("an announcement added, with a new tag")
        #expect(added.incremental)

        try site.replace("详见[入会指南](../pages/join.md)。", with: "详见[入会指南](../pages/join.md)和[年度工作会议](2025-01-14-annual-work-meeting-2025.md)。", in: "announcements/2025-12-01-new-members.md")
        try await site.rebuildMatchesScratch("a link to another announcement added")
        try site.replace("title: ", with: "slug: work-meeting-2025\ntitle: ", in: "announcements/2025-01-14-annual-work-meeting-2025.md")
        try await site.rebuildMatchesScratch("the linked announcement moved to another address")

        try site.replace("title: 新成员单位座谈会召开", with: "title: 新成员单位座谈会召开\ndraft: true", in: "announcements/2025-12-01-new-members.md")
        try await site.rebuildMatchesScratch("an announcement made a draft")

        try FileManager.default.removeItem(atPath: site.path("announcements/2025-12-01-new-members.md"))
        try FileManager.default.removeItem(atPath: site.path(announcement))
        let removed = try await site.rebuildMatchesScratch("announcements removed")
        #expect(removed.incremental)

        try site.replace("per_page: 8", with: "per_page: 5", in: "site.yaml")
        let settings = try await site.rebuildMatchesScratch("the settings changed")
        #expect(!settings.incremental, "a change outside the announcements rebuilds everything")

        let layoutTemplate = Path.join(site.layout.templatesDirectory, "layout.mustache")
        let template = try String(contentsOfFile: layoutTemplate, encoding: .utf8)
        try template.replacingOccurrences(of: "</body>", with: "<!-- edited -->\n</body>").write(toFile: layoutTemplate, atomically: true, encoding: .utf8)
        let themed = try await site.rebuildMatchesScratch("the theme changed")
        #expect(!themed.incremental)
    }

    @Test func aSessionKeepsItsRendererAndItsShapesWhileTheThemeStaysTheSame() async throws {
        let site = try EditedSite()
        try await site.rebuildMatchesScratch("first build")
        let shapes = try #require(site.session.memory?.renderer?.shapes)
        let recorded = shapes.statistics(of: "announcement")
        #expect(recorded.shapes > 0)

        let announcement = "announcements/2024-12-18-zibo-exchange.md"
        try site.write(try site.read(announcement) + "\n补充一段新的说明文字。\n", to: announcement)
        let edited = try await site.rebuildMatchesScratch("an announcement edited")
        #expect(edited.incremental)
        #expect(site.session.memory?.renderer?.shapes === shapes, "the same theme: the same renderer")
        let after = shapes.statistics(of: "announcement")
        #expect(after.pages > recorded.pages, "the edited page was rendered by the kept shapes")
        #expect(after.shapes == recorded.shapes, "and its shape was not recorded again")

        let layoutTemplate = Path.join(site.layout.templatesDirectory, "layout.mustache")
        let template = try String(contentsOfFile: layoutTemplate, encoding: .utf8)
        try template.replacingOccurrences(of: "</body>", with: "<!-- edited -->\n</body>").write(toFile: layoutTemplate, atomically: true, encoding: .utf8)
        try await site.rebuildMatchesScratch("the theme changed")
        #expect(site.session.memory?.renderer?.shapes !== shapes, "another theme: another renderer")
    }

    @Test func aFailedRebuildLeavesThePreviewAsItWasAndTheNextGoodOneCatchesUp() async throws {
        let site = try EditedSite()
        try await site.rebuildMatchesScratch("first build")
        let before = try TestSupport.snapshot(site.layout.outputDirectory)

        let announcement = "announcements/2024-12-18-zibo-exchange.md"
        let good = try site.read(announcement)
        try site.write(good.replacingOccurrences(of: "title: ", with: "title: [未闭合\n"), to: announcement)
        let failed = await site.session.build()
        #expect(failed.errorCount > 0)
        #expect(try TestSupport.snapshot(site.layout.outputDirectory) == before, "nothing of a failed rebuild reaches the output")

        try site.write(good.replacingOccurrences(of: "title: ", with: "title: 修改后"), to: announcement)
        let fixed = try await site.rebuildMatchesScratch("the error fixed")
        #expect(fixed.incremental)
        #expect(fixed.errorCount == 0)
    }

    @Test func aProblemInAnUnchangedFileIsReportedByEveryBuild() async throws {
        let site = try EditedSite()
        let announcement = "announcements/2024-12-18-zibo-exchange.md"
        try site.replace("title: ", with: "unknown_field: 1\ntitle: ", in: announcement)
        let first = await site.session.build()
        let again = await site.session.build()
        #expect(first.warningCount + first.errorCount > 0, "\(first.diagnostics)")
        #expect(again.diagnostics == first.diagnostics)
    }

    @Test func membersAreLoadedAgainWhenAMemberFileChangesAndTheirProblemsAreReportedByEveryBuild() async throws {
        let site = try EditedSite()
        try await site.rebuildMatchesScratch("first build")
        // A member added in a file of its own comes between others: the members after it move.
        try FileManager.default.createDirectory(atPath: site.path("members"), withIntermediateDirectories: true)
        let profile = "members/qingdao-tech.md"
        try site.write("---\nname: 青岛市技师学院\ntype: 技工院校\nregion: 山东\njoined: 2024-01-01\n---\n学院简介第一版。\n", to: profile)
        try await site.rebuildMatchesScratch("a member with a Markdown profile added")
        let page = Path.join(site.layout.outputDirectory, "members/qingdao-tech/index.html")
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("学院简介第一版"))

        // Markdown files are not part of what every cached file depends on: the member's own
        // stamp must bring the new profile in.
        try site.write("---\nname: 青岛市技师学院\ntype: 技工院校\nregion: 山东\njoined: 2024-01-01\n---\n学院简介第二版，内容更长一些。\n", to: profile)
        try await site.rebuildMatchesScratch("the profile edited")
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("学院简介第二版"))

        try site.write("---\nname: 青岛市技师学院\ntype: 技工院校\nregion: 山东\njoined: 2024-01-01\nmotto: 未知字段\n---\n学院简介第二版。\n", to: profile)
        let first = await site.session.build()
        let again = await site.session.build()
        #expect(first.diagnostics.contains { $0.location.path.hasSuffix(profile) }, "\(first.diagnostics)")
        #expect(again.diagnostics == first.diagnostics)
    }

    @Test func aLinkThatAnotherFileBreaksIsReportedWhereItIsWritten() async throws {
        let site = try EditedSite()
        try site.write("""
            ---
            title: 链接测试
            date: 2025-12-01
            ---
            见[座谈会](2024-12-18-zibo-exchange.md)和[不存在的页面](missing.md)。
            """, to: "announcements/2025-12-01-links.md")
        let first = await site.session.build()
        #expect(first.diagnostics.filter { $0.location.path.hasSuffix("2025-12-01-links.md") }.count == 1, "\(first.diagnostics)")
        let again = await site.session.build()
        #expect(again.diagnostics == first.diagnostics, "an unchanged file's broken link is reported by every build")

        try FileManager.default.removeItem(atPath: site.path("announcements/2024-12-18-zibo-exchange.md"))
        let removed = await site.session.build()
        let inLinkingFile = removed.diagnostics.filter { $0.location.path.hasSuffix("2025-12-01-links.md") }
        #expect(inLinkingFile.count == 2, "\(removed.diagnostics)")
        #expect(inLinkingFile.contains { $0.message.contains("2024-12-18-zibo-exchange.md") && $0.severity == .error })
    }

    @Test func aRebuildReadsOnlyTheFilesThatChanged() async throws {
        let site = try EditedSite()
        let reading = CountingFileSystem()
        let session = BuildSession(layout: site.layout, fileSystem: reading)
        _ = await session.build()
        let announcement = "announcements/2024-12-18-zibo-exchange.md"
        try site.write(try site.read(announcement) + "\n新增。\n", to: announcement)
        reading.reset()
        let result = await session.build()
        #expect(result.errorCount == 0)
        let readMarkdown = reading.paths.filter { Path.fileExtension($0) == "md" }
        #expect(readMarkdown == [site.path(announcement)], "only the saved Markdown file is read again")
    }
}
