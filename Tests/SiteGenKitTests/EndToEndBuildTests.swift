import Foundation
import Testing
@testable import SiteGenKit

@Suite struct EndToEndBuildTests {
    private func buildFixture(drafts: Bool = false) async throws -> (result: BuildResult, output: String) {
        try await TestSupport.buildFixtureSite(drafts: drafts)
    }

    private func read(_ output: String, _ path: String) throws -> String {
        try String(contentsOfFile: Path.join(output, path), encoding: .utf8)
    }

    @Test func writesEveryPageOfTheSite() async throws {
        let (result, output) = try await buildFixture()
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let files = Set(try LocalFileSystem().files(under: output))
        for expected in [
            "index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "assets/style.css",
            "announcements/index.html", "announcements/page/2/index.html",
            "announcements/founding/index.html", "announcements/member-call/index.html", "announcements/技能竞赛/index.html",
            "about/index.html", "tags/index.html", "tags/联盟大会/index.html", "tags/技能竞赛/index.html",
            "archive/index.html", "archive/2023/index.html", "archive/2024/index.html", "files/forms/charter.pdf",
        ] {
            #expect(files.contains(expected), "missing \(expected)")
        }
        #expect(!files.contains("announcements/draft-plan/index.html"))
        #expect(!files.contains { $0.hasPrefix("announcements/page/3/") })
        #expect(result.pagesWritten == files.filter { $0.hasSuffix(".html") || $0.hasSuffix(".xml") || $0.hasSuffix(".txt") }.count)
        #expect(result.filesCopied == 6, "an attachment, the theme's two stylesheets (screen, print), its icon, its larger-text script and its search script")
    }

    @Test func announcementPageHasItsContentEscapedAndLinked() async throws {
        let (_, output) = try await buildFixture()
        let contest = try read(output, "announcements/技能竞赛/index.html")
        #expect(contest.contains("<h1>联合技能竞赛举行 &quot;选手&quot; &lt;同台&gt;</h1>"))
        #expect(contest.contains("<time datetime=\"2024-06-01\">2024年6月1日</time>"))
        #expect(!TestSupport.withoutThemeScript(contest).contains("<script"))
        #expect(!contest.lowercased().contains("javascript:"))

        let founding = try read(output, "announcements/founding/index.html")
        #expect(founding.contains("<a href=\"../../about/index.html#history\">关于联盟</a>"))
        #expect(founding.contains("href=\"../../files/forms/charter.pdf\""))
        #expect(founding.contains("PDF · 21 B"))
        #expect(founding.contains("<a class=\"tag\" href=\"../../tags/%E8%81%94%E7%9B%9F%E5%A4%A7%E4%BC%9A/index.html\">联盟大会</a>"))
        #expect(founding.contains("rel=\"next\""))
        #expect(!founding.contains("rel=\"prev\""))

        let call = try read(output, "announcements/member-call/index.html")
        #expect(call.contains("<a href=\"../../about/index.html\">入会程序</a>"))
        #expect(call.contains("<a href=\"../../files/forms/charter.pdf\">附件</a>"))
        #expect(call.contains("<meta name=\"description\" content=\"联盟面向区域内院校和企业征集第二批成员单位。\">"))
        #expect(call.contains("<link rel=\"canonical\" href=\"https://example.org/alliance/announcements/member-call/\">"))
    }

    @Test func listsArePaginatedNewestFirst() async throws {
        let (_, output) = try await buildFixture()
        let first = try read(output, "announcements/index.html")
        let second = try read(output, "announcements/page/2/index.html")
        let contest = try #require(first.range(of: "announcements/") == nil ? nil : first.range(of: "%E6%8A%80%E8%83%BD%E7%AB%9E%E8%B5%9B/index.html"))
        let call = try #require(first.range(of: "member-call/index.html\">"))
        #expect(contest.lowerBound < call.lowerBound)
        #expect(second.contains("../../founding/index.html"))
        #expect(second.contains("<span class=\"page-current\" aria-current=\"page\">2</span>"))
        #expect(first.contains("href=\"page/2/index.html\" rel=\"next\""))
    }

    @Test func homeFeedAndSitemapDescribeTheSite() async throws {
        let (_, output) = try await buildFixture()
        let home = try read(output, "index.html")
        #expect(home.contains("<html lang=\"zh-CN\">"))
        #expect(home.contains("<link rel=\"stylesheet\" href=\"assets/style.css\">"))
        #expect(home.contains("<time datetime=\"2023-09-28\">2023年9月28日</time>"))
        #expect(home.contains("<li><a href=\"about/index.html\">关于联盟</a></li>"))
        #expect(home.contains("鲁ICP备00000000号（测试）"))

        let feed = try read(output, "feed.xml")
        #expect(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/alliance/feed.xml\"/>"))
        #expect(feed.contains("<title>联合技能竞赛举行 &quot;选手&quot; &lt;同台&gt;</title>"))
        #expect(feed.contains("<published>2024-03-05T09:30:00+08:00</published>"))
        #expect(feed.components(separatedBy: "<entry>").count == 4)

        let sitemap = try read(output, "sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/alliance/announcements/%E6%8A%80%E8%83%BD%E7%AB%9E%E8%B5%9B/</loc><lastmod>2024-06-01</lastmod>"))
        #expect(!sitemap.contains("404"))
        #expect(try read(output, "robots.txt").contains("Sitemap: https://example.org/alliance/sitemap.xml"))
    }

    @Test func everyInternalLinkResolvesToAWrittenFile() async throws {
        let (_, output) = try await buildFixture()
        try assertLinksResolve(in: output)
    }

    @Test func theExampleSiteBuildsWithoutErrorsAndItsLinksResolve() async throws {
        let root = try TestSupport.temporaryDirectory()
        let output = Path.join(root, "Output")
        let layout = SiteLayout(
            contentDirectory: Path.join(TestSupport.packageRoot, "Content"),
            templatesDirectory: TestSupport.templatesDirectory,
            outputDirectory: output
        )
        let result = await BuildPipeline(layout: layout).run()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.pagesWritten > 30)
        try assertLinksResolve(in: output)
    }

    private func assertLinksResolve(in output: String) throws {
        let files = Set(try LocalFileSystem().files(under: output))
        var checked = 0
        for page in files where page.hasSuffix(".html") && page != "404.html" {
            let html = try read(output, page)
            for target in TestSupport.linkTargets(in: html) where !TestSupport.isExternalOrFragment(target) {
                var path = target
                if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
                let decoded = path.removingPercentEncoding ?? path
                let resolved = Path.normalize(Path.join(Path.directory(of: page), decoded))
                #expect(resolved.map(files.contains) == true, "\(page): \(target) does not resolve")
                checked += 1
            }
        }
        #expect(checked > 50)
    }

    @Test func buildsAreByteForByteDeterministic() async throws {
        let (_, first) = try await buildFixture()
        let (_, second) = try await buildFixture()
        let a = try TestSupport.snapshot(first)
        let b = try TestSupport.snapshot(second)
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a == b)
    }

    @Test func draftsArePublishedOnlyWhenAskedFor() async throws {
        let (result, output) = try await buildFixture(drafts: true)
        #expect(result.errorCount == 0)
        let draft = try read(output, "announcements/draft-plan/index.html")
        #expect(draft.contains("尚未发布的计划"))
    }

    @Test func aFailedBuildLeavesThePreviousOutputUntouched() async throws {
        let root = try TestSupport.temporaryDirectory()
        let content = Path.join(root, "Content")
        try TestSupport.copyTree(Path.join(TestSupport.fixture("alliance-site"), "Content"), to: content)
        let layout = SiteLayout(contentDirectory: content, templatesDirectory: TestSupport.templatesDirectory, outputDirectory: Path.join(root, "Output"))
        let first = await BuildPipeline(layout: layout).run()
        #expect(first.errorCount == 0)
        let before = try TestSupport.snapshot(layout.outputDirectory)
        let state = try Data(contentsOf: URL(fileURLWithPath: Path.join(root, ".Output.sitegen-state")))

        let broken = Path.join(content, "announcements/2024-03-05-member-call.md")
        let text = try String(contentsOfFile: broken, encoding: .utf8).replacingOccurrences(of: "date: 2024-03-05 09:30", with: "date: 三月五日")
        try text.write(toFile: broken, atomically: true, encoding: .utf8)
        let second = await BuildPipeline(layout: layout).run()
        #expect(second.errorCount == 1)
        #expect(second.diagnostics.first?.description == "\(broken):3:7: error: 'date' must be a date like 2025-09-29, got \"三月五日\"")
        #expect(try TestSupport.snapshot(layout.outputDirectory) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [".Output.sitegen-state", "Content", "Output"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: Path.join(root, ".Output.sitegen-state"))) == state, "a failed build records no state")
    }

    @Test func aStaleStagingFolderFromAKilledBuildIsCleanedUp() async throws {
        let root = try TestSupport.temporaryDirectory()
        let stale = Path.join(root, ".Output.sitegen-staging")
        try LocalFileSystem().write(Data("half".utf8), to: Path.join(stale, "index.html"))
        let layout = SiteLayout(
            contentDirectory: Path.join(TestSupport.fixture("alliance-site"), "Content"),
            templatesDirectory: TestSupport.templatesDirectory,
            outputDirectory: Path.join(root, "Output")
        )
        let result = await BuildPipeline(layout: layout).run()
        #expect(result.errorCount == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [".Output.sitegen-state", "Output"])
    }
}

@Suite struct SymbolicLinkTests {
    @Test func linksLeavingTheContentFolderAreRefused() async throws {
        let root = try TestSupport.temporaryDirectory()
        let content = Path.join(root, "Content")
        try TestSupport.copyTree(Path.join(TestSupport.fixture("alliance-site"), "Content"), to: content)
        try "secret".write(toFile: Path.join(root, "secret.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: Path.join(content, "files/leak.txt"), withDestinationPath: Path.join(root, "secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: Path.join(content, "files/alias.pdf"), withDestinationPath: Path.join(content, "files/forms/charter.pdf"))
        let layout = SiteLayout(contentDirectory: content, templatesDirectory: TestSupport.templatesDirectory, outputDirectory: Path.join(root, "Output"))
        let result = await BuildPipeline(layout: layout).run()
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == ["\(content)/files/leak.txt: error: symbolic link points outside the content folder and is not followed"])
        #expect(try LocalFileSystem().files(under: Path.join(content, "files")) == ["alias.pdf", "forms/charter.pdf"])
    }
}
