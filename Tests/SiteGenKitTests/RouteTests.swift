import Testing
@testable import SiteGenKit

@Suite struct RouteTests {
    @Test func hrefsAreRelativeBetweenPages() {
        let article = Routes.announcement(slug: "congress")
        #expect(Route.home.href(from: article) == "../../index.html")
        #expect(Routes.announcement(slug: "other").href(from: article) == "../other/index.html")
        #expect(article.href(from: article) == "index.html")
        #expect(Routes.page(slug: "about").href(from: .home) == "about/index.html")
        #expect(Routes.file("2025/a.pdf").href(from: Routes.announcementList(page: 3)) == "../../../files/2025/a.pdf")
        #expect(Routes.asset("style.css").href(from: Routes.notFound) == "assets/style.css")
    }

    @Test func chineseSegmentsArePercentEncodedInHrefs() {
        let href = Routes.tag(slug: "联盟大会").href(from: Routes.announcement(slug: "x"))
        #expect(href == "../../tags/%E8%81%94%E7%9B%9F%E5%A4%A7%E4%BC%9A/index.html")
    }

    @Test func rootPrefixAndPrettyPaths() {
        #expect(Route.home.rootPrefix == "")
        #expect(Routes.announcementList(page: 2).rootPrefix == "../../../")
        #expect(Routes.announcement(slug: "a").prettyPath == "announcements/a/")
        #expect(Route.home.prettyPath == "")
        #expect(Routes.announcement(slug: "师资").absoluteURL(base: "https://example.org/sub/") == "https://example.org/sub/announcements/%E5%B8%88%E8%B5%84/")
    }

    @Test func pathNormalisationRefusesToClimbOut() {
        #expect(Path.normalize("announcements/../pages/join.md") == "pages/join.md")
        #expect(Path.normalize("../x") == nil)
        #expect(Path.normalize("./a//b/") == "a/b")
    }
}
