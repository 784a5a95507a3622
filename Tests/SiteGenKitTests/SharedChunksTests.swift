import Foundation
import Testing
@testable import SiteGenKit

/// The header, footer and list items that pages share are rendered once, with placeholders for
/// links; every page must still get exactly what rendering the partials in place gives.
@Suite struct SharedChunksTests {
    /// The default theme with every shared chunk replaced by the partial it stands for.
    private static func inlinePartials(_ text: String) -> String {
        text.replacingOccurrences(of: "{{{chrome.header}}}", with: "{{>partials/header}}")
            .replacingOccurrences(of: "{{{chrome.footer}}}", with: "{{>partials/footer}}")
            .replacingOccurrences(of: "{{{html}}}", with: "{{>partials/announcement-item}}")
            .replacingOccurrences(
                of: "{{#announcement_items}}{{{announcement_items}}}{{/announcement_items}}",
                with: "{{#announcements}}{{>partials/announcement-item}}{{/announcements}}"
            )
            .replacingOccurrences(of: "{{^announcement_items}}", with: "{{^announcements}}")
            .replacingOccurrences(of: "{{/announcement_items}}", with: "{{/announcements}}")
    }

    private static func build(_ content: String, templates: String) async throws -> [String: Data] {
        let output = Path.join(try TestSupport.temporaryDirectory(), "Output")
        let layout = SiteLayout(contentDirectory: content, templatesDirectory: templates, outputDirectory: output)
        let result = await BuildPipeline(layout: layout).run()
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        return try TestSupport.snapshot(output)
    }

    private static func inlineTheme() throws -> String {
        let copy = Path.join(try TestSupport.temporaryDirectory(), "Templates")
        try TestSupport.copyTree(TestSupport.templatesDirectory, to: copy)
        var changed = 0
        for file in try LocalFileSystem().files(under: copy) where file.hasSuffix(".mustache") {
            let path = Path.join(copy, file)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let inline = inlinePartials(text)
            if inline != text { changed += 1 }
            try inline.write(toFile: path, atomically: false, encoding: .utf8)
        }
        #expect(changed >= 7, "the default theme uses the shared chunks in its layout and lists")
        return copy
    }

    @Test func sharedChunksGiveWhatThePartialsGiveInPlace() async throws {
        let content = Path.join(TestSupport.fixture("alliance-site"), "Content")
        let shared = try await Self.build(content, templates: TestSupport.templatesDirectory)
        let inline = try await Self.build(content, templates: try Self.inlineTheme())
        #expect(shared.keys.sorted() == inline.keys.sorted())
        for (path, data) in shared where inline[path] != data {
            Issue.record("\(path) differs between shared chunks and partials in place")
        }
        let home = String(decoding: try #require(shared["index.html"]), as: UTF8.self)
        #expect(!home.utf8.contains(0x01), "no placeholder is left in a page")
    }

    @Test func absoluteLinksOfThe404PageAreEscapedAsTheTemplateWould() async throws {
        let root = try TestSupport.temporaryDirectory()
        let content = Path.join(root, "Content")
        let files = [
            "site.yaml": TestSupport.minimalSiteYAML + "base_url: \"https://example.org/a&b/\"\nnav:\n  - { title: 首页, link: / }\n  - { title: 通知, link: /announcements/ }\n",
            "announcements/2025-01-02-x.md": "---\ntitle: 甲\ndate: 2025-01-02\ntags: [大会]\n---\n正文。\n",
            "announcements/2025-01-01-y.md": "---\ntitle: 乙 &#1;\ndate: 2025-01-01\n---\n摘要&#1;0&#2;与&#1;r&#2;。\n",
        ]
        for (path, text) in files {
            try LocalFileSystem().write(Data(text.utf8), to: Path.join(content, path))
        }
        let shared = try await Self.build(content, templates: TestSupport.templatesDirectory)
        let inline = try await Self.build(content, templates: try Self.inlineTheme())
        #expect(shared == inline)
        let notFound = String(decoding: try #require(shared["404.html"]), as: UTF8.self)
        #expect(notFound.contains("href=\"https://example.org/a&amp;b/announcements/x/\""))
        let list = String(decoding: try #require(shared["announcements/index.html"]), as: UTF8.self)
        #expect(list.contains("摘要0与r。"), "control characters in Markdown text are dropped, so they cannot forge a placeholder")
    }

    @Test func aSessionTakesListItemsFromItsEarlierBuildsByKey() throws {
        let memory = ChunkMemory()
        let renderer = ContextRenderer()
        let page = Links(origin: Routes.archive(year: 2025), absoluteBase: nil)
        func item(_ chunks: SharedChunks, _ index: Int, _ text: @escaping () -> String) -> String? {
            let key = SharedChunks.Key(partial: SharedChunks.announcementItem, index: index)
            return (chunks.value(key, links: page, context: text) as? LazyHTML)?.renderText
        }

        let first = SharedChunks(templates: renderer, memory: memory, itemKeys: [10, 20, 30])
        let link = first.placeholderLinks.href(Routes.announcement(slug: "x"))
        #expect(item(first, 0) { "甲" } == "甲")
        #expect(item(first, 1) { "乙 <a href=\"\(link)\">" } == "乙 <a href=\"../../announcements/x/index.html\">")
        #expect(item(first, 2) { "fail" } == "", "a partial that cannot be rendered gives nothing")
        #expect(renderer.renders == 3)
        #expect(memory.count == 2, "only items that rendered are kept")

        // The next build: the first item changed (key 40), the second moved to the front.
        let second = SharedChunks(templates: renderer, memory: memory, itemKeys: [20, 40, 30])
        #expect(item(second, 0) { "不应渲染" } == "乙 <a href=\"../../announcements/x/index.html\">", "kept under its key, with links filled in for this page")
        #expect(item(second, 1) { "甲2" } == "甲2")
        #expect(item(second, 2) { "丙" } == "丙", "a failed item is rendered again")
        #expect(renderer.renders == 5)
        memory.forget(allBut: [20, 40, 30])
        #expect(memory.count == 3)
        memory.forget(allBut: [40])
        #expect(memory.count == 1)
    }
}

/// Renders a chunk as its context, a string; "fail" cannot be rendered. Counts the renders.
private final class ContextRenderer: TemplateRenderer, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var renders: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }

    func hasTemplate(named name: String) -> Bool { true }

    func render(template name: String, context: Any) throws -> String {
        lock.lock()
        count += 1
        lock.unlock()
        guard let text = context as? String, text != "fail" else { throw TemplateFailure() }
        return text
    }

    private struct TemplateFailure: Error {}
}
