import Foundation
import Testing
@testable import SiteGenKit

/// Each annual report links to the nearest older and the nearest newer report, when there is one.
@Suite struct ReportNavigationTests {
    /// The `rel="prev"` and `rel="next"` links of a report page, as `href title`.
    private static func neighbours(_ html: String) -> (older: String?, newer: String?) {
        func link(_ rel: String, _ label: String) -> String? {
            guard let start = html.range(of: "<a class=\"neighbour \(rel)\" href=\"") else { return nil }
            let rest = html[start.upperBound...]
            guard let quote = rest.firstIndex(of: "\""), let title = rest.range(of: "<span>\(label)</span>"),
                  let end = rest.range(of: "</a>") else { return nil }
            return "\(rest[..<quote]) \(rest[title.upperBound..<end.lowerBound])"
        }
        return (link("prev", "上一年度"), link("next", "下一年度"))
    }

    @Test func reportsLinkToTheNearestOlderAndNewerReport() async throws {
        var files = ["Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/\n"]
        for year in [2021, 2023, 2024, 2025] {
            files["Content/reports/\(year).md"] = "---\nyear: \(year)\ntitle: \(year)年度报告\n---\n正文。\n"
        }
        let (result, fileSystem) = try await TestSupport.buildInMemory(files)
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        func neighbours(_ year: Int) throws -> (older: String?, newer: String?) {
            Self.neighbours(try #require(fileSystem.text(at: "Output/reports/\(year)/index.html")))
        }
        let newest = try neighbours(2025)
        #expect(newest.older == "../2024/index.html 2024年度报告")
        #expect(newest.newer == nil)
        let middle = try neighbours(2024)
        #expect(middle.older == "../2023/index.html 2023年度报告")
        #expect(middle.newer == "../2025/index.html 2025年度报告")
        let afterAGap = try neighbours(2023)
        #expect(afterAGap.older == "../2021/index.html 2021年度报告")
        #expect(afterAGap.newer == "../2024/index.html 2024年度报告")
        let oldest = try neighbours(2021)
        #expect(oldest.older == nil)
        #expect(oldest.newer == "../2023/index.html 2023年度报告")
    }
}
