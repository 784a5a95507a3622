import Testing
@testable import SiteGenKit

@Suite struct MarkdownTests {
    let converter = CmarkConverter()

    private func html(_ markdown: String, options: MarkdownOptions = MarkdownOptions()) -> String {
        converter.convert(markdown, options: options).html { $0.destination }
    }

    @Test func rawHTMLIsDroppedByDefault() {
        let output = html("before\n\n<script>alert(1)</script>\n\n<b onclick=\"x()\">bold</b>")
        #expect(!output.contains("<script"))
        #expect(!output.contains("onclick"))
        #expect(output.contains("<!-- raw HTML omitted -->"))
    }

    @Test func rawHTMLIsKeptWhenTheSiteOptsIn() {
        let output = html("<div class=\"box\">x</div>", options: MarkdownOptions(allowRawHTML: true))
        #expect(output.contains("<div class=\"box\">x</div>"))
    }

    @Test func javascriptURLsAreNotEmitted() {
        let output = html("[点我](javascript:alert(1)) ![图](javascript:alert(2))")
        #expect(!output.lowercased().contains("javascript:"))
        #expect(output.contains("<a href=\"\">点我</a>"))
    }

    @Test func smartPunctuation() {
        #expect(html("\"quoted\" -- it's...") == "<p>“quoted” – it’s…</p>\n")
    }

    @Test func lineBreakBetweenChineseCharactersVanishes() {
        #expect(html("联盟成立\n大会召开") == "<p>联盟成立大会召开</p>\n")
        #expect(html("alliance\nmeeting") == "<p>alliance\nmeeting</p>\n")
    }

    @Test func leadParagraphIsPlainTextOfTheFirstParagraph() {
        let document = converter.convert("# 标题\n\n**联盟**成立\n大会[召开](x.md)。\n\n第二段。", options: MarkdownOptions())
        #expect(document.leadParagraph == "联盟成立大会召开。")
    }

    @Test func linkPositionsCountCharactersNotBytes() {
        let document = converter.convert("第一行\n中文[链接](a.md)和![图](b.png)", options: MarkdownOptions())
        #expect(document.links.map(\.destination) == ["a.md", "b.png"])
        #expect(document.links.map(\.line) == [2, 2])
        #expect(document.links.map(\.column) == [3, 14])
        #expect(document.links.map(\.isImage) == [false, true])
        #expect(document.links.map(\.text) == ["链接", "图"])
    }

    @Test func headingsGetIDsFromTheirTextOrAnExplicitID() {
        let document = converter.convert("## 第一章 总则\n\n## 历史 {#history}\n\n### Members & Roles\n\n## 第一章 总则", options: MarkdownOptions())
        #expect(document.headings.map(\.id) == ["第一章-总则", "history", "members-roles", "第一章-总则-2"])
        #expect(document.headings.map(\.text) == ["第一章 总则", "历史", "Members & Roles", "第一章 总则"])
        #expect(document.html { $0.destination } == """
            <h2 id="第一章-总则">第一章 总则</h2>
            <h2 id="history">历史</h2>
            <h3 id="members-roles">Members &amp; Roles</h3>
            <h2 id="第一章-总则-2">第一章 总则</h2>

            """)
    }

    @Test func linkRewriterChangesDestinations() {
        let output = converter.convert("[入会](../pages/join.md)", options: MarkdownOptions()).html { _ in "../../join/index.html" }
        #expect(output == "<p><a href=\"../../join/index.html\">入会</a></p>\n")
    }
}

@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveCharactersAndKeepsEverythingElse() {
        let escaping = HTMLEscaping()
        #expect(escaping.escapeText(#"<a href="x">'联盟' & "会"</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;联盟&#39; &amp; &quot;会&quot;&lt;/a&gt;")
        #expect(escaping.escapeText("长三角一体化技工教育联盟 👨‍👩‍👧") == "长三角一体化技工教育联盟 👨‍👩‍👧")
        #expect(escaping.escapeText("") == "")
    }
}
