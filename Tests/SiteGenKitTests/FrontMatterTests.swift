import Testing
@testable import SiteGenKit

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBodyWithLineOffsets() throws {
        let bag = DiagnosticBag()
        let parts = try #require(FrontMatter.split("---\ntitle: 标题\ndate: 2025-09-29\n---\n正文第一段。\n", path: "a.md", diagnostics: bag))
        #expect(parts.yaml == "title: 标题\ndate: 2025-09-29")
        #expect(parts.yamlLineOffset == 1)
        #expect(parts.body == "正文第一段。\n")
        #expect(parts.bodyLineOffset == 4)
        #expect(bag.all.isEmpty)
    }

    @Test func fileWithoutFrontMatterIsAllBody() throws {
        let parts = try #require(FrontMatter.split("# 标题\n\n正文", path: "a.md", diagnostics: DiagnosticBag()))
        #expect(parts.yaml == nil)
        #expect(parts.body == "# 标题\n\n正文")
    }

    @Test func acceptsByteOrderMarkCRLFAndDotsClosingFence() throws {
        let parts = try #require(FrontMatter.split("\u{FEFF}---\r\ntitle: x\r\n...\r\nbody", path: "a.md", diagnostics: DiagnosticBag()))
        #expect(parts.yaml == "title: x")
        #expect(parts.body == "body")
    }

    @Test func unclosedFrontMatterIsAnErrorOnLineOne() throws {
        let bag = DiagnosticBag()
        let parts = FrontMatter.split("---\ntitle: x\n正文", path: "Content/announcements/a.md", diagnostics: bag)
        #expect(parts == nil)
        let diagnostics = bag.all
        #expect(diagnostics.map(\.description) == ["Content/announcements/a.md:1:1: error: front matter is not closed"])
        #expect(diagnostics.first?.hint?.contains("'---'") == true)
    }
}
