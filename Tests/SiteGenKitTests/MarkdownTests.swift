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

    @Test func linkPositionsOnFirstAndLaterLines() {
        let document = converter.convert("[甲](a.md)首行\n\n第三行\n\n- 列表[乙](b.md)\n- 项[丙](c.md)\n", options: MarkdownOptions())
        #expect(document.links.map(\.line) == [1, 5, 6])
        #expect(document.links.map(\.column) == [1, 5, 4])
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

    @Test func eachLinkIsFilledInWhereItStandsAndEscapedLikeLibcmark() {
        let document = converter.convert("## [章程](a.md) 全文\n\n见![图 [内](c.md) 注](b.png \"标题\")与[下载](d.pdf)。", options: MarkdownOptions())
        #expect(document.links.map(\.destination) == ["a.md", "b.png", "c.md", "d.pdf"])
        let html = document.html { "/\($0.destination)?q=1&r='中'" }
        #expect(html == """
            <h2 id="章程-全文"><a href="/a.md?q=1&amp;r=&#x27;%E4%B8%AD&#x27;">章程</a> 全文</h2>
            <p>见<img src="/b.png?q=1&amp;r=&#x27;%E4%B8%AD&#x27;" alt="图 内 注" title="标题" />与<a href="/d.pdf?q=1&amp;r=&#x27;%E4%B8%AD&#x27;">下载</a>。</p>

            """)
    }

    @Test func textThatLooksLikeAPlaceholderStaysText() {
        let document = converter.convert("## 标题 &#37;01g0;\n\nx=\"%01g0\" &#37;01g0; [a](b.md)", options: MarkdownOptions())
        let html = document.html { _ in "B" }
        #expect(html == "<h2 id=\"标题-01g0\">标题 %01g0;</h2>\n<p>x=”%01g0” %01g0; <a href=\"B\">a</a></p>\n")
        let raw = converter.convert("<h2>%01g0;</h2><a href=\"%01g0\">raw</a> [a](b.md)\n\n## 标题", options: MarkdownOptions(allowRawHTML: true))
        #expect(raw.html { _ in "B" } == "<h2>%01g0;</h2><a href=\"%01g0\">raw</a> [a](b.md)\n<h2 id=\"标题\">标题</h2>\n")
        let inline = converter.convert("x <a href=\"%01g0\">raw</a> [a](b.md)", options: MarkdownOptions(allowRawHTML: true))
        #expect(inline.html { _ in "B" } == "<p>x <a href=\"%01g0\">raw</a> <a href=\"B\">a</a></p>\n")
    }

    @Test func unsafeDestinationsAreNeverFilledIn() {
        let document = converter.convert("[a](x.md) ![b](y.png)", options: MarkdownOptions(allowRawHTML: true))
        #expect(document.html { _ in " JavaScript:alert(1)" } == "<p><a href=\"\">a</a> <img src=\"\" alt=\"b\" /></p>\n")
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
        #expect(escaping.escapeText("技工教育联盟<第二届>大会'") == "技工教育联盟&lt;第二届&gt;大会&#39;")
    }
}
