import Foundation
import Testing
@testable import SiteGenKit

/// A server shows the not-found page at whatever depth the missing address had, so every link
/// on it is absolute, under `base_url`, while the other pages keep relative links.
@Suite struct NotFoundPageTests {
    private static let base = "https://example.org/alliance/"

    @Test func everyLinkOfThe404PageIsAbsoluteUnderTheBaseURLAndLeadsToAWrittenFile() async throws {
        let (result, output) = try await TestSupport.buildFixtureSite()
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let files = Set(try LocalFileSystem().files(under: output))
        let page = try String(contentsOfFile: Path.join(output, "404.html"), encoding: .utf8)
        #expect(page.contains("<link rel=\"stylesheet\" href=\"\(Self.base)assets/style.css\">"))
        #expect(page.contains("<a href=\"\(Self.base)announcements/\">通知公告</a>"))
        #expect(page.contains("<a class=\"button\" href=\"\(Self.base)\">返回首页</a>"))
        #expect(page.contains("href=\"\(Self.base)announcements/member-call/\""), "the latest announcements are listed with absolute links")
        #expect(!page.contains("rel=\"canonical\""))

        var checked = 0
        // The one relative link: the stylesheet again, for a copy opened from disk (off-line).
        #expect(page.contains("<link rel=\"stylesheet\" href=\"assets/style.css\">"))
        for target in TestSupport.linkTargets(in: page) where !target.hasPrefix("#") && target != "assets/style.css" {
            #expect(target.contains(":"), "relative link \(target) on the 404 page")
            guard target.hasPrefix(Self.base) else { continue }
            var path = String(target.dropFirst(Self.base.count))
            if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
            #expect(files.contains(path.removingPercentEncoding ?? path), "\(target) leads to no written file")
            checked += 1
        }
        #expect(checked > 10)
    }

    @Test func otherPagesKeepRelativeLinks() async throws {
        let (_, output) = try await TestSupport.buildFixtureSite()
        let page = try String(contentsOfFile: Path.join(output, "announcements/member-call/index.html"), encoding: .utf8)
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../../assets/style.css\">"))
        #expect(!page.contains("href=\"\(Self.base)assets/"))
    }
}
