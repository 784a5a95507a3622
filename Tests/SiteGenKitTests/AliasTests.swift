import Foundation
import Testing
@testable import SiteGenKit

/// `aliases:` keep old addresses working: a small page at each sends readers on to the new one.
@Suite struct AliasTests {
    private static let site = TestSupport.minimalSiteYAML + "base_url: https://example.org/\n"

    @Test func eachOldAddressLeadsToTheNewPage() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": Self.site,
            "Content/announcements/meeting.md": """
                ---
                title: 联盟大会召开
                date: 2019-07-10
                aliases: [/2019/07/10/meeting/, /news/123.html, /旧栏目/%E5%A4%A7%E4%BC%9A]
                ---
                正文。

                """,
            "Content/pages/about.md": "---\ntitle: 关于\naliases: /about-us/\n---\n见[旧地址](/news/123.html)。\n",
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let old = try #require(fileSystem.text(at: "Output/2019/07/10/meeting/index.html"))
        #expect(old.contains(#"<meta http-equiv="refresh" content="0; url=../../../../announcements/meeting/index.html">"#))
        #expect(old.contains(#"<link rel="canonical" href="https://example.org/announcements/meeting/">"#))
        #expect(old.contains(#"<p>本文已移至：<a href="../../../../announcements/meeting/index.html">联盟大会召开</a></p>"#))
        #expect(fileSystem.text(at: "Output/news/123.html")?.contains(#"url=../announcements/meeting/index.html""#) == true)
        #expect(fileSystem.text(at: "Output/旧栏目/大会/index.html") != nil, "percent-escapes are decoded")
        #expect(fileSystem.text(at: "Output/about-us/index.html")?.contains(#"url=../about/index.html""#) == true)
        #expect(fileSystem.text(at: "Output/sitemap.xml")?.contains("news/123") == false, "old addresses are not in the sitemap")
        #expect(fileSystem.text(at: "Output/about/index.html")?.contains(#"<a href="../announcements/meeting/index.html">"#) == true, "a link to an old address goes straight to the new one")
    }

    @Test func anOldAddressMustBeAFreeSitePath() async throws {
        let (result, _) = try await TestSupport.buildInMemory([
            "Content/site.yaml": Self.site,
            "Content/pages/join.md": "---\ntitle: 入会\n---\n正文。\n",
            "Content/pages/about.md": "---\ntitle: 关于\naliases: [/join/, https://old.example.org/about, /a?id=1, /]\n---\n正文。\n",
        ])
        let errors = result.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors == [
            #"Content/pages/about.md:3:11: error: the old address "/join/" would be written to join/, which Content/pages/join.md:2:1 already uses"#,
            #"Content/pages/about.md:3:19: error: the old address "https://old.example.org/about" is not a path on this site"#,
            #"Content/pages/about.md:3:50: error: the old address "/a?id=1" has a query or fragment, which a static server cannot tell apart"#,
            #"Content/pages/about.md:3:59: error: the old address "/" names the top of the site, or a place outside it"#,
        ], "\(errors)")
    }

    @Test func anOldAddressNeverTakesAPagesAddress() async throws {
        // Announcements are planned before pages: the alias must still yield to the page.
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": Self.site,
            "Content/announcements/old.md": "---\ntitle: 旧文\ndate: 2019-07-10\naliases: [/about/]\n---\n正文。\n",
            "Content/pages/about.md": "---\ntitle: 关于\n---\n正文。\n",
        ])
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            #"Content/announcements/old.md:4:11: error: the old address "/about/" would be written to about/, which Content/pages/about.md:2:1 already uses"#,
        ])
        #expect(fileSystem.text(at: "Output/about/index.html") == nil, "nothing is written on error")
    }
}
