import CCmark
import Foundation
import Testing
@testable import SiteGenKit

/// The byte-level replacements of Foundation's string functions give Foundation's results.
@Suite struct FastTextTests {
    private static let samples = [
        "", " ", "  \t ", "abc", " abc ", "\tabc\t", "\u{3000}联盟\u{3000}", "\u{A0}a\u{A0}", "\n a \n", "\r\n联盟大会\r\n",
        "\u{2028}x\u{2029}", "\u{85}x\u{85}", " 中 文 ", "a b", "\u{200B}zero-width\u{200B}", "👨‍👩‍👧 ",
    ]

    @Test func trimmingMatchesFoundation() {
        // Every scalar up to the CJK punctuation, and the ideographs' block and its edges, which
        // the trimming decides without a property lookup.
        let scalars = Array(UInt32(0)...UInt32(0x3100)) + Array(stride(from: UInt32(0x4DF0), through: 0xA010, by: 7)) + [0x4E00, 0x9FFF, 0xA000]
        let every = scalars.compactMap(Unicode.Scalar.init).map { "\($0)a\($0)" }
        for sample in Self.samples + every {
            #expect(sample.trimmingWhitespace() == sample.trimmingCharacters(in: .whitespacesAndNewlines), "\(sample.debugDescription)")
            #expect(sample.trimmingSpaces() == sample.trimmingCharacters(in: .whitespaces), "\(sample.debugDescription)")
            #expect(sample.trimmingSpaces(only: " ") == sample.trimmingCharacters(in: [" "]), "\(sample.debugDescription)")
        }
    }

    @Test func percentDecodingMatchesFoundation() {
        let samples = [
            "", "plain", "%E5%A4%A7%E4%BC%9A", "a%20b", "%zz", "%4", "100%", "%FF%FE", "%e5%a4%a7", "a%2Fb%23c", "中文%20",
        ]
        for sample in samples {
            #expect(PercentDecoding.decode(sample) == sample.removingPercentEncoding, "\(sample)")
        }
    }

    @Test func hrefEscapingMatchesLibcmarkForEveryByte() {
        // libcmark renders a link's URL with its own escaping; ours must give the same bytes.
        let converter = CmarkConverter()
        var compared = 0
        for value in UInt32(1)...UInt32(0x24F) {
            guard let scalar = Unicode.Scalar(value), scalar != "<", scalar != ">", scalar != "\\", scalar != "\n", scalar != "\r" else { continue }
            let url = "/x\(scalar)y"
            let reference = converter.convert("[t](<\(url)>)", options: MarkdownOptions(allowRawHTML: true))
            guard reference.links.first?.destination == url else { continue }
            let html = reference.html { _ in url }
            #expect(html == "<p><a href=\"\(HrefEscaping.escape(url))\">t</a></p>\n")
            #expect(html == Self.libcmarkHTML(url: url), "U+\(String(value, radix: 16))")
            compared += 1
        }
        #expect(compared > 500, "the comparison is skipped only for the few characters a link destination cannot hold")
    }

    /// What libcmark itself writes for a link to `url`.
    private static func libcmarkHTML(url: String) -> String {
        CmarkReference.render(linkTo: url)
    }
}

/// libcmark's own HTML for a link, built node by node, for comparison.
enum CmarkReference {
    static func render(linkTo url: String) -> String {
        guard let document = cmark_node_new(CMARK_NODE_DOCUMENT), let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH),
              let link = cmark_node_new(CMARK_NODE_LINK), let text = cmark_node_new(CMARK_NODE_TEXT) else { return "" }
        defer { cmark_node_free(document) }
        cmark_node_append_child(document, paragraph)
        cmark_node_append_child(paragraph, link)
        cmark_node_append_child(link, text)
        cmark_node_set_literal(text, "t")
        cmark_node_set_url(link, url)
        guard let rendered = cmark_render_html(document, CMARK_OPT_UNSAFE) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
