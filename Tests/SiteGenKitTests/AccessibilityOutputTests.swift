import Foundation
import Testing
@testable import SiteGenKit

/// What the default theme promises screen-reader and keyboard users, checked on every page of the
/// fixture site without a browser (Scripts/axe-check.py checks the rest with axe-core in CI).
@Suite struct AccessibilityOutputTests {
    private static func pages() async throws -> [(path: String, html: String)] {
        let (result, output) = try await TestSupport.buildFixtureSite()
        #expect(result.errorCount == 0)
        return try TestSupport.snapshot(output)
            .filter { $0.key.hasSuffix(".html") }
            .map { ($0.key, String(decoding: $0.value, as: UTF8.self)) }
            .sorted { $0.path < $1.path }
    }

    /// The levels of the page's headings, in document order.
    static func headingLevels(in html: String) -> [Int] {
        let bytes = Array(html.utf8)
        var levels: [Int] = []
        var index = 0
        while index + 3 < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] | 0x20 == UInt8(ascii: "h"),
               (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 2]),
               bytes[index + 3] == UInt8(ascii: ">") || bytes[index + 3] == UInt8(ascii: " ") {
                levels.append(Int(bytes[index + 2] - UInt8(ascii: "0")))
            }
            index += 1
        }
        return levels
    }

    @Test func headingLevelsFinderSeesEveryHeading() {
        #expect(Self.headingLevels(in: "<h1>a</h1><h2 id=x>b</h2><header><hr><h3>c</h3>") == [1, 2, 3])
    }

    @Test func everyPageHasOneH1AndHeadingsThatNeverSkipALevel() async throws {
        let pages = try await Self.pages()
        #expect(pages.count > 20)
        for page in pages {
            let levels = Self.headingLevels(in: page.html)
            #expect(levels.filter { $0 == 1 }.count == 1, "\(page.path): \(levels)")
            #expect(levels.first == 1, "\(page.path): the first heading is not the h1: \(levels)")
            for (previous, next) in zip(levels, levels.dropFirst()) {
                #expect(next <= previous + 1, "\(page.path): h\(previous) is followed by h\(next): \(levels)")
            }
        }
    }

    @Test func everyPageHasALanguageAMainLandmarkAndASkipLink() async throws {
        for page in try await Self.pages() {
            #expect(page.html.contains("<html lang=\"zh-CN\">"), "\(page.path)")
            #expect(page.html.contains("<main id=\"main\""), "\(page.path)")
            #expect(page.html.contains("<a class=\"skip-link\" href=\"#main\">"), "\(page.path)")
        }
    }

    @Test func everyChartHasATextAlternative() async throws {
        var charts = 0
        for page in try await Self.pages() {
            for chart in page.html.components(separatedBy: "<svg").dropFirst() {
                charts += 1
                let tag = chart.prefix { $0 != ">" }
                #expect(tag.contains("role=\"img\""), "\(page.path)")
                #expect(tag.contains("aria-label=\"") && !tag.contains("aria-label=\"\""), "\(page.path)")
                #expect(chart.contains("<title>"), "\(page.path)")
            }
        }
        #expect(charts > 0)
    }

    @Test func aScrollableTableCanBeReachedByKeyboard() async throws {
        for page in try await Self.pages() where page.html.contains("class=\"table-wrap\"") {
            #expect(page.html.contains("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\""), "\(page.path)")
        }
    }
}
