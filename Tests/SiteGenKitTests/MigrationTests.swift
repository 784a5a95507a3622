import Foundation
import Testing
@testable import SiteGenKit

/// Habits of sites moving in from Hugo, Jekyll or a CMS, accepted with a warning at most.
@Suite struct MigrationTests {
    private static let site = TestSupport.minimalSiteYAML + "base_url: https://example.org/\n"

    @Test func authorListsSummariesUnderOtherNamesAndCategoriesAreAccepted() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": Self.site,
            "Content/announcements/hugo.md": """
                ---
                title: 来自 Hugo 的文章
                date: 2019-07-10T10:13:16+08:00
                author: [张老师, 李老师]
                authors: [王老师, 张老师]
                description: Hugo 的摘要。
                categories: [新闻, 校企合作]
                ---
                正文。

                """,
            "Content/announcements/jekyll.md": "---\ntitle: 来自 Jekyll 的文章\ndate: 2019-07-09 10:13:16 +0800\nauthor: 赵老师\nexcerpt: Jekyll 的摘要。\n---\n正文。\n",
        ])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let hugo = try #require(fileSystem.text(at: "Output/announcements/hugo/index.html"))
        #expect(hugo.contains("<span>张老师、李老师、王老师</span>"))
        #expect(hugo.contains(#"<meta name="description" content="Hugo 的摘要。">"#))
        #expect(hugo.contains(#"<time datetime="2019-07-10">2019年7月10日</time>"#))
        let jekyll = try #require(fileSystem.text(at: "Output/announcements/jekyll/index.html"))
        #expect(jekyll.contains(#"<meta name="description" content="Jekyll 的摘要。">"#))
        let feed = try #require(fileSystem.text(at: "Output/feed.xml"))
        #expect(feed.contains("<author><name>张老师</name></author>\n    <author><name>李老师</name></author>\n    <author><name>王老师</name></author>"))
    }

    @Test func datesWithAnOffsetAreMovedToTheSitesOffset() throws {
        let china = 8 * 60
        #expect(SiteDate(parsingZoned: "2019-07-10T23:30:00+00:00", siteOffset: china)?.description == "2019-07-11 07:30")
        #expect(SiteDate(parsingZoned: "2019-07-10T23:30:00Z", siteOffset: china)?.description == "2019-07-11 07:30")
        #expect(SiteDate(parsingZoned: "2019-07-10 10:13:16 +0800", siteOffset: china)?.description == "2019-07-10 10:13")
        #expect(SiteDate(parsingZoned: "2019-12-31T20:00:00.123-05:00", siteOffset: china)?.description == "2020-01-01 09:00")
        #expect(SiteDate(parsingZoned: "2020-03-01T01:00:00+08:00", siteOffset: -60)?.description == "2020-02-29 16:00", "back over a leap day")
        #expect(SiteDate(parsingZoned: "2019-07-10", siteOffset: china) == nil, "a date alone has no offset")
        #expect(SiteDate(parsingZoned: "2019-07-10T10:13:16+8", siteOffset: china) == nil)
        #expect(SiteDate.offsetMinutes("-05:30") == -330)
        #expect(SiteDate.offsetMinutes("+1500") == nil)
    }

    @Test func aMessyFileNameGivesACleanSlugWithAWarning() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": Self.site,
            "Content/announcements/2019-07-10-Annual Report (2019).md": "---\ntitle: 年度报告\ndate: 2019-07-10\n---\n正文。\n",
            "Content/pages/About-Us.md": "---\ntitle: 关于我们\n---\n正文。\n",
        ])
        #expect(result.errorCount == 0)
        #expect(result.diagnostics.map(\.description) == [
            #"Content/announcements/2019-07-10-Annual Report (2019).md:2:1: warning: the file name "2019-07-10-Annual Report (2019).md" is published as "annual-report-2019""#,
            #"Content/pages/About-Us.md:2:1: warning: the file name "About-Us.md" is published as "about-us""#,
        ])
        #expect(fileSystem.text(at: "Output/announcements/annual-report-2019/index.html") != nil)
        #expect(fileSystem.text(at: "Output/about-us/index.html") != nil)
    }

    @Test func brokenLinksWarnWhenTheSiteSaysSo() async throws {
        let page = "---\ntitle: 旧文章\n---\n见[已删除的页面](/deleted/)和![图](../files/gone.png)。\n"
        let (strict, _) = try await TestSupport.buildInMemory(["Content/site.yaml": Self.site, "Content/pages/old.md": page])
        #expect(strict.errorCount == 2)

        let (lenient, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": Self.site + "broken_links: warn\n", "Content/pages/old.md": page,
        ])
        #expect(lenient.errorCount == 0)
        let warnings = lenient.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.map(\.message) == [
            #"link "/deleted/" points to no page of the site"#,
            #"image "../files/gone.png" points to files/gone.png, which does not exist"#,
        ])
        #expect(warnings.allSatisfy { $0.hint?.hasSuffix("(broken_links: warn publishes it as written)") == true })
        #expect(fileSystem.text(at: "Output/old/index.html")?.contains(#"<a href="/deleted/">"#) == true)

        let (wrong, _) = try await TestSupport.buildInMemory(["Content/site.yaml": Self.site + "broken_links: ignore\n"])
        #expect(wrong.diagnostics.map(\.description) == [#"Content/site.yaml:4:15: error: 'broken_links' must be error or warn, got "ignore""#])
    }
}
