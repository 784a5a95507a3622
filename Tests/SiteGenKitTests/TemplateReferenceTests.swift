import Foundation
import Testing
@testable import SiteGenKit

/// The README's template reference is generated from the page models; this test fails when the
/// two disagree. `SITEGEN_UPDATE_README=1 swift test --filter TemplateReferenceTests` rewrites it.
@Suite struct TemplateReferenceTests {
    private static let start = "<!-- template-reference:start -->\n"
    private static let end = "<!-- template-reference:end -->"

    @Test func theReadmeShowsWhatThePageModelsGive() throws {
        let path = Path.join(TestSupport.packageRoot, "README.md")
        let readme = try String(contentsOfFile: path, encoding: .utf8)
        let start = try #require(readme.range(of: Self.start), "README.md lacks \(Self.start)")
        let end = try #require(readme.range(of: Self.end, range: start.upperBound..<readme.endIndex))
        let generated = TemplateReference.markdown()
        if ProcessInfo.processInfo.environment["SITEGEN_UPDATE_README"] == "1" {
            try (String(readme[..<start.upperBound]) + generated + String(readme[end.lowerBound...])).write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(readme[start.upperBound..<end.lowerBound]) == generated, "the template reference is out of date: run SITEGEN_UPDATE_README=1 swift test --filter TemplateReferenceTests")
    }

    @Test func everyPageTemplateOfTheDefaultThemeIsListed() throws {
        let listed = Set(TemplateReference.pages.map(\.template))
        let themes = try LocalFileSystem().files(under: TestSupport.templatesDirectory)
            .filter { $0.hasSuffix(".mustache") && !$0.contains("/") && $0 != "layout.mustache" }
            .map { String($0.dropLast(".mustache".count)) }
        #expect(Set(themes) == listed)
    }

    @Test func anAbsentFieldIsFalseAndAnUnknownNameIsNil() {
        let tag = TagLinkModel(name: "技能竞赛", href: "tags/x/", count: nil)
        #expect((tag.child(named: "name") as? TemplateText)?.text == "技能竞赛")
        #expect(tag.child(named: "count") as? Bool == false)
        #expect(tag.child(named: "title") == nil)
    }
}
