import Foundation
import Testing
@testable import SiteGenKit

/// What printing needs from every page: the print stylesheet, the page's title for the running
/// header as a CSS string that no title can break out of, and attachments' addresses.
@Suite struct PrintOutputTests {
    static let hostileTitle = #"报告"; } } body { display: none } </style><script>alert(1)</script> \ end"#

    /// Reads a CSS string literal back the way CSS does (quotes, hex escapes ended by one optional
    /// space, other escaped characters), or nil when it is not one whole string.
    static func cssUnquote(_ literal: String) -> String? {
        var scalars = Array(literal.unicodeScalars)
        guard scalars.count >= 2, scalars.first == "\"", scalars.last == "\"" else { return nil }
        scalars = Array(scalars.dropFirst().dropLast())
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" || scalar == "\n" || scalar == "\r" { return nil }
            guard scalar == "\\" else { result.append(scalar); index += 1; continue }
            index += 1
            guard index < scalars.count else { return nil }
            var hex = ""
            while index < scalars.count, hex.count < 6, scalars[index].properties.isASCIIHexDigit {
                hex.unicodeScalars.append(scalars[index]); index += 1
            }
            if hex.isEmpty {
                result.append(scalars[index]); index += 1
            } else {
                guard let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) else { return nil }
                result.append(decoded)
                if index < scalars.count, scalars[index] == " " { index += 1 }
            }
        }
        return String(result)
    }

    @Test func aCSSStringReadsBackAsTheTextAndCannotCloseTheStyleElement() {
        let texts = [Self.hostileTitle, "", "plain 2024 report", "a\u{0}b\nc\r\u{2028}d\u{85}e", "\\\\\"\"", "年度 · 报告（2025）", "x\\3C y"]
        for text in texts {
            let literal = Escaping.cssString(text)
            let inner = literal.dropFirst().dropLast()
            #expect(!inner.contains("\"") && !inner.contains("<") && !inner.contains(">") && !inner.contains("\n"), "\(literal)")
            #expect(Self.cssUnquote(literal) == text.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}"), "\(literal)")
        }
        #expect(Escaping.cssString("a\"b c</style>") == #""a\22 b c\3C \2F style\3E ""#)
    }

    @Test func theRunningHeaderHoldsTheReportTitleEvenAHostileOne() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML,
            "Content/reports/2024.md": "---\nyear: 2024\ntitle: '\(Self.hostileTitle.replacingOccurrences(of: "'", with: "''"))'\n---\n正文。\n",
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let html = try #require(fileSystem.text(at: "Output/reports/2024/index.html"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"../../assets/print.css\" media=\"print\">"))
        let opening = "<style media=\"print\">@page { @top-center { content: "
        let start = try #require(html.range(of: opening))
        let end = try #require(html.range(of: "; } }</style>", range: start.upperBound..<html.endIndex))
        let literal = String(html[start.upperBound..<end.lowerBound])
        #expect(Self.cssUnquote(literal) == Self.hostileTitle)
        #expect(!literal.contains("<"))
        #expect(!TestSupport.withoutThemeScript(html).lowercased().contains("<script"))
    }

    @Test func everyPageLinksThePrintStylesheetAndNamesItselfInTheHeader() async throws {
        let (result, output) = try await TestSupport.buildFixtureSite()
        #expect(result.errorCount == 0)
        let files = try TestSupport.snapshot(output)
        #expect(files["assets/print.css"] != nil)
        let report = String(decoding: try #require(files["reports/2024/index.html"]), as: UTF8.self)
        #expect(report.contains("@page { @top-center { content: \"示例技工教育联盟2024年度报告\"; } }"))
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("assets/print.css\" media=\"print\">"), "\(path)")
            #expect(html.contains("<style media=\"print\">@page { @top-center { content: \""), "\(path)")
        }
    }

    @Test func anAttachmentCarriesItsAbsoluteURLForPrintWhenTheSiteHasABaseURL() async throws {
        let announcement = "---\ntitle: 通知\ndate: 2024-03-01\nattachments:\n  - { title: 报名表, file: 2024/form.pdf }\n---\n正文。\n"
        for (baseURL, expected) in [("https://example.org/a/", " data-url=\"https://example.org/a/files/2024/form.pdf\">"), (nil, "download=\"form.pdf\">")] {
            let (result, fileSystem) = try await TestSupport.buildInMemory([
                "Content/site.yaml": TestSupport.minimalSiteYAML + (baseURL.map { "base_url: \($0)\n" } ?? ""),
                "Content/announcements/2024-03-01-notice.md": announcement,
                "Content/files/2024/form.pdf": "%PDF-1.4\n",
            ])
            #expect(result.errorCount == 0, "\(result.diagnostics)")
            let html = try #require(fileSystem.text(at: "Output/announcements/notice/index.html"))
            #expect(html.contains(expected), "\(baseURL ?? "no base_url")")
            if baseURL == nil { #expect(!html.contains("data-url=")) }
        }
    }
}
