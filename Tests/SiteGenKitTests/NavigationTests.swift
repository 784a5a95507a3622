import Foundation
import Testing
@testable import SiteGenKit

/// The main navigation marks the entry of the section a page is in as current, and only that one.
@Suite struct NavigationTests {
    /// The titles of the navigation entries marked current in `html`'s main navigation.
    static func currentEntries(in html: String) throws -> [String] {
        let start = try #require(html.range(of: "<nav class=\"site-nav\""))
        let end = try #require(html[start.upperBound...].range(of: "</nav>"))
        var titles: [String] = []
        for line in html[start.upperBound..<end.lowerBound].split(separator: "\n") where line.contains("aria-current=\"page\"") {
            #expect(line.contains("class=\"current\""), "a current entry is styled as current too: \(line)")
            guard let open = line.range(of: "\">", options: .backwards), let close = line.range(of: "</a>") else { continue }
            titles.append(String(line[open.upperBound..<close.lowerBound]))
        }
        return titles
    }

    @Test func theEntryOfThePagesSectionIsMarkedCurrent() async throws {
        let (result, output) = try await TestSupport.buildFixtureSite()
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        func current(_ path: String) throws -> [String] {
            try Self.currentEntries(in: String(contentsOfFile: Path.join(output, path), encoding: .utf8))
        }
        // The entry's own page.
        #expect(try current("index.html") == ["首页"])
        #expect(try current("announcements/index.html") == ["通知公告"])
        #expect(try current("about/index.html") == ["关于联盟"])
        // Pages inside an entry's section.
        #expect(try current("announcements/page/2/index.html") == ["通知公告"])
        #expect(try current("announcements/member-call/index.html") == ["通知公告"])
        #expect(try current("announcements/技能竞赛/index.html") == ["通知公告"])
        // Pages of sections without an entry: the home entry is not current everywhere.
        #expect(try current("tags/index.html") == [])
        #expect(try current("members/zibo-tech/index.html") == [])
        #expect(try current("reports/2025/index.html") == [])
        #expect(try current("404.html") == [])
    }

    @Test func aSectionIsMatchedByWholeFolderNames() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/\nnav:\n  - { title: 关于, link: /about/ }\n  - { title: 历史, link: /about-history/ }\n",
            "Content/pages/about.md": "---\ntitle: 关于\n---\n正文。\n",
            "Content/pages/about-history.md": "---\ntitle: 历史\n---\n正文。\n",
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        #expect(try Self.currentEntries(in: try #require(fileSystem.text(at: "Output/about/index.html"))) == ["关于"])
        #expect(try Self.currentEntries(in: try #require(fileSystem.text(at: "Output/about-history/index.html"))) == ["历史"])
    }
}
