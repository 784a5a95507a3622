import CCmark
import Foundation
import Testing
@testable import SiteGenKit

/// A line break inside a Chinese paragraph is only where the editor wrapped the source: between
/// Chinese characters and Chinese punctuation it vanishes, in HTML, summaries and descriptions;
/// next to Latin text it stays a space.
@Suite struct ChineseLineBreakTests {
    @Test func aBreakVanishesBetweenWideCharactersAndPunctuation() {
        func joined(_ left: String, _ right: String) -> String { CJK.joinAcrossLineBreak(left, right) }
        #expect(joined("联盟", "大会") == "联盟大会")
        #expect(joined("成立。", "大会") == "成立。大会", "ideographic full stop (CJK punctuation)")
        #expect(joined("成立、", "大会") == "成立、大会")
        #expect(joined("成立", "《章程》") == "成立《章程》")
        #expect(joined("成立，", "大会") == "成立，大会", "full-width comma")
        #expect(joined("成立！", "大会") == "成立！大会")
        #expect(joined("成立", "（一）") == "成立（一）", "full-width bracket")
        #expect(joined("“产教融合”", "成为") == "“产教融合”成为", "a curly quote takes the width of its neighbour")
        #expect(joined("主题是", "“产教融合”") == "主题是“产教融合”")
        #expect(joined("会议……", "结束") == "会议……结束")
        #expect(joined("カナ", "ひらがな") == "カナひらがな")
        #expect(joined("한국", "어") == "한국어")
        #expect(joined("alliance", "meeting") == "alliance meeting")
        #expect(joined("2025", "年") == "2025年", "figures sit against Chinese characters")
        #expect(joined("共有", "300家") == "共有300家")
        #expect(joined("第", "3届") == "第3届")
        #expect(joined("2025", "2026") == "2025 2026")
        #expect(joined("联盟", "Alliance") == "联盟 Alliance")
        #expect(joined("Alliance", "联盟") == "Alliance 联盟")
        #expect(joined("said:", "“hello”") == "said: “hello”")
        #expect(joined("“hello”", "said") == "“hello” said")
    }

    /// The plain text of a node as first written: strings joined piece by piece.
    private static func referencePlainText(of node: OpaquePointer) -> String {
        var pieces = ""
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var pendingBreak = false
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                var literal = cmark_node_get_literal(child).map { String(cString: $0) } ?? ""
                literal = String(String.UnicodeScalarView(literal.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" }))
                if pendingBreak {
                    pieces = CJK.joinAcrossLineBreak(pieces, literal)
                    pendingBreak = false
                } else {
                    pieces += literal
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                pendingBreak = true
            default:
                break
            }
        }
        return pieces.trimmingWhitespace()
    }

    @Test func plainTextIsThatOfTheRulesAsFirstWrittenForEveryBlock() {
        let pieces = ["联盟", "大会", "2025", "年", "Alliance", "meeting", "，", "。", "“产教融合”", "\n", "\n", "  \n", "\\\n", "`代码`", "`x y`",
                      "*强调*", "**重点**", "[链接](a.md)", "![图](b.png)", "&#1;", "&#9;", "&amp;", " ", "😀", "é", "(", "# "]
        var generator = SystemRandomNumberGenerator()
        var blocks = 0
        for _ in 0..<400 {
            let line = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let markdown = Bool.random(using: &generator) ? "## " + line : line
            let bytes = Array(markdown.utf8)
            guard let root = bytes.withUnsafeBufferPointer({ buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parse_document($0, buffer.count, 0) }
            }) else { continue }
            defer { cmark_node_free(root) }
            var node = cmark_node_first_child(root)
            while let block = node {
                #expect(CmarkConverter.plainText(of: block) == Self.referencePlainText(of: block), "\(markdown)")
                blocks += 1
                node = cmark_node_next(block)
            }
        }
        #expect(blocks > 300)
    }

    @Test func markdownDropsTheBreakInHTMLAndInThePlainText() {
        let markdown = "联盟于2025\n年召开大会，\n审议通过章程。\n会议由“理事长单位”\n主持（详见附件）\n并发布公告。\nSee the\nAlliance notice。\n"
        let document = CmarkConverter().convert(markdown, options: MarkdownOptions())
        #expect(document.html { $0.destination } == "<p>联盟于2025年召开大会，审议通过章程。会议由“理事长单位”主持（详见附件）并发布公告。\nSee the\nAlliance notice。</p>\n")
        #expect(document.leadParagraph == "联盟于2025年召开大会，审议通过章程。会议由“理事长单位”主持（详见附件）并发布公告。 See the Alliance notice。")
    }

    @Test func summariesAndDescriptionsOfABuiltSiteJoinTheLines() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/\n",
            "Content/announcements/2025-01-01-a.md": "---\ntitle: 大会召开\ndate: 2025-01-01\n---\n联盟召开第二次会员大会，\n审议通过《章程》。\n“产教融合”\n成为会议主题。\n\n第二段。\n",
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let summary = "联盟召开第二次会员大会，审议通过《章程》。“产教融合”成为会议主题。"
        let page = try #require(fileSystem.text(at: "Output/announcements/a/index.html"))
        #expect(page.contains("<meta name=\"description\" content=\"\(summary)\">"))
        let list = try #require(fileSystem.text(at: "Output/announcements/index.html"))
        #expect(list.contains(summary))
        let feed = try #require(fileSystem.text(at: "Output/feed.xml"))
        #expect(feed.contains(summary))
    }
}
