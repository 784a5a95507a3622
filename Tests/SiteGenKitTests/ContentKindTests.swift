import Foundation
import Testing
@testable import SiteGenKit

/// The registry of content kinds: a kind added in one file (``EventKind``) is loaded, planned,
/// rendered, link-checked and put in the sitemap like the built-in ones.
@Suite struct ContentKindTests {
    private let eventTemplate = """
        {{<layout}}{{$content}}{{#event}}<article><h1>{{title}}</h1><time>{{date}}</time>{{{body}}}</article>{{/event}}{{/content}}{{/layout}}

        """

    private func build(_ files: [String: String], kinds: [any ContentKind]) async throws -> (BuildResult, InMemoryFileSystem) {
        let fileSystem = try TestSupport.memoryFileSystem(with: files)
        try fileSystem.write(Data(eventTemplate.utf8), to: "Templates/event.mustache")
        var pipeline = BuildPipeline(layout: SiteLayout(), options: BuildOptions(), fileSystem: fileSystem, markdown: CmarkConverter())
        pipeline.kinds = kinds
        return (await pipeline.run(), fileSystem)
    }

    private let site = TestSupport.minimalSiteYAML + "base_url: https://example.org/\n"

    @Test func anAddedKindIsLoadedRenderedAndInTheSitemap() async throws {
        let (result, fileSystem) = try await build([
            "Content/site.yaml": site,
            "Content/pages/join.md": "---\ntitle: 入会程序\n---\n见[开放日](/events/open-day/)。\n",
            "Content/events/open-day.md": "---\ntitle: 校园开放日\ndate: 2025-10-18\n---\n报名见[入会程序](../pages/join.md)。\n",
        ], kinds: ContentKinds.builtIn + [EventKind()])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let page = try #require(fileSystem.text(at: "Output/events/open-day/index.html"))
        #expect(page.contains("<h1>校园开放日</h1><time>2025-10-18</time>"))
        #expect(page.contains("<title>校园开放日 · 测试联盟</title>"))
        #expect(page.contains("<a href=\"../../join/index.html\">入会程序</a>"), "links in the body are resolved for the page")
        let join = try #require(fileSystem.text(at: "Output/join/index.html"))
        #expect(join.contains("href=\"../events/open-day/index.html\""), "other content links to the kind's pages")
        let sitemap = try #require(fileSystem.text(at: "Output/sitemap.xml"))
        #expect(sitemap.contains("<url><loc>https://example.org/events/open-day/</loc><lastmod>2025-10-18</lastmod></url>"))
    }

    @Test func anAddedKindsLinksAreCheckedAndItsErrorsLocated() async throws {
        let (result, _) = try await build([
            "Content/site.yaml": site,
            "Content/events/open-day.md": "---\ntitle: 校园开放日\ndate: 2025-10-18\n---\n报名见[入会程序](/join/)。\n",
            "Content/events/broken.md": "---\ntitle: 坏活动\n---\n正文。\n",
        ], kinds: ContentKinds.builtIn + [EventKind()])
        let errors = result.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors.contains { $0.hasPrefix("Content/events/open-day.md:5:") && $0.contains("/join/") }, "\(errors)")
        #expect(errors.contains("Content/events/broken.md:2:1: error: front matter is missing required field 'date'"), "\(errors)")
    }

    @Test func withoutTheKindItsFolderIsNotRead() async throws {
        let (result, fileSystem) = try await build([
            "Content/site.yaml": site,
            "Content/events/open-day.md": "---\ntitle: 校园开放日\ndate: 2025-10-18\n---\n正文。\n",
        ], kinds: ContentKinds.builtIn)
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        #expect(fileSystem.text(at: "Output/events/open-day/index.html") == nil)
    }

    @Test func everyBuiltInKindsBodiesAreLinkChecked() async throws {
        let broken = "[断链](/nowhere/)"
        let (result, _) = try await TestSupport.buildInMemory([
            "Content/site.yaml": site,
            "Content/announcements/a.md": "---\ntitle: 通知\ndate: 2025-01-02\n---\n\(broken)\n",
            "Content/pages/p.md": "---\ntitle: 页面\n---\n\(broken)\n",
            "Content/members/m.md": "---\nname: 示例学院\ntype: 技工院校\nregion: 山东\njoined: 2024-01-01\n---\n\(broken)\n",
            "Content/initiatives/i.md": "---\ntitle: 项目\nstatus: active\nstart: 2024\n---\n\(broken)\n",
            "Content/reports/2024.md": "---\ntitle: 2024年度报告\nyear: 2024\n---\n\(broken)\n",
        ])
        let files = Set(result.diagnostics.filter { $0.message.contains("/nowhere/") }.map(\.location.path))
        #expect(files == ["Content/announcements/a.md", "Content/pages/p.md", "Content/members/m.md", "Content/initiatives/i.md", "Content/reports/2024.md"], "\(result.diagnostics)")
    }
}
