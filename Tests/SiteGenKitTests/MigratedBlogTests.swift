import Foundation
import Testing
@testable import SiteGenKit

/// `Tests/Fixtures/migrated-blog`: posts as Hugo and Jekyll wrote them — author lists, dates with
/// offsets, file names with spaces and capitals, old addresses, dead links, fields sitegen does
/// not know — build with `broken_links: warn` and warnings only.
@Suite struct MigratedBlogTests {
    @Test func aMigratedBlogBuildsWithWarningsOnly() async throws {
        let output = Path.join(try TestSupport.temporaryDirectory(), "Output")
        let layout = SiteLayout(
            contentDirectory: Path.join(TestSupport.fixture("migrated-blog"), "Content"),
            templatesDirectory: TestSupport.templatesDirectory, outputDirectory: output
        )
        let result = await BuildPipeline(layout: layout).run()
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let warnings = result.diagnostics.map { "\(Path.lastComponent($0.location.path)):\($0.location.line) \($0.message)" }
        #expect(warnings == [
            #"2019-06-01-signup.md:4 unknown field 'layout' in front matter"#,
            #"2019-07-10-Summer Camp (2019).md:2 the file name "2019-07-10-Summer Camp (2019).md" is published as "summer-camp-2019""#,
            #"2019-07-10-Summer Camp (2019).md:10 unknown field 'toc' in front matter"#,
            #"2019-07-10-Summer Camp (2019).md:12 link "/events/camp-2019/" points to no page of the site"#,
            #"2019-07-10-Summer Camp (2019).md:14 image "/images/2019/camp.jpg" points to no page of the site"#,
            #"2020-01-15-New Year Message.md:2 the file name "2020-01-15-New Year Message.md" is published as "new-year-message""#,
            #"About.md:2 the file name "About.md" is published as "about""#,
            #"About.md:5 unknown field 'weight' in front matter"#,
            #"About.md:7 link "/contact/" points to no page of the site"#,
        ], "\(warnings)")

        func page(_ path: String) throws -> String { try String(contentsOfFile: Path.join(output, path), encoding: .utf8) }
        let camp = try page("announcements/summer-camp-2019/index.html")
        #expect(camp.contains("<span>张老师、李老师</span>"))
        #expect(camp.contains(#"<a href="../signup/index.html">报名通知</a>"#), "a link to an old address goes to the page itself")
        #expect(try page("2019/07/10/summer-camp/index.html").contains(#"url=../../../../announcements/summer-camp-2019/index.html""#))
        #expect(try page("news/2019/0710.html").contains("url=../../announcements/summer-camp-2019/index.html"))
        #expect(try page("about.html").contains("url=about/index.html"))
        #expect(try page("announcements/new-year-message/index.html").contains(#"<time datetime="2020-01-15">2020年1月15日</time>"#))
        #expect(try page("announcements/signup/index.html").contains(#"<meta name="description" content="报名截至六月二十日。">"#))
    }
}
