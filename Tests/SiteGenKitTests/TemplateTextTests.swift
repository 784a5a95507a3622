import Mustache
import Testing
@testable import SiteGenKit

/// A text given to templates as ``TemplateText`` renders exactly as the same text given as a
/// `String`: escaped, in sections and inverted sections, with transforms, and with names in a
/// section over it found in the values around it.
@Suite struct TemplateTextTests {
    private static let template = """
        {{% CONTENT_TYPE: HTML }}
        <p>{{title}}|{{{title}}}|{{uppercased(latin)}}|{{lowercased(latin)}}|{{reversed(latin)}}</p>
        {{#title}}<b>{{title}} in {{site}}</b>{{/title}}{{^title}}none{{/title}}
        {{#missing}}shown{{/missing}}{{^missing}}absent{{/missing}}
        {{#empty(title)}}empty{{/empty(title)}}{{^empty(title)}}not empty{{/empty(title)}}
        {{#names}}[{{.}}]{{/names}}
        """

    private static func render(_ values: [String: Any]) throws -> String {
        HTMLEscaping.registered
        let library = MustacheLibrary(templates: ["page": try MustacheTemplate(string: template)])
        return library.render(values, withTemplate: "page") ?? "(not rendered)"
    }

    @Test func rendersAsTheSameString() throws {
        let title = "<联盟> & \"大会\""
        let strings: [String: Any] = ["title": title, "site": "技工教育联盟", "latin": "Skills Fair", "names": ["甲", "<乙>"]]
        let texts: [String: Any] = [
            "title": TemplateText(title), "site": TemplateText("技工教育联盟"), "latin": TemplateText("Skills Fair"),
            "names": [TemplateText("甲"), TemplateText("<乙>")],
        ]
        let expected = try Self.render(strings)
        #expect(expected.contains("&lt;联盟&gt; &amp; &quot;大会&quot;|<联盟> & \"大会\"|SKILLS FAIR|skills fair|riaF sllikS"))
        #expect(expected.contains("<b>&lt;联盟&gt; &amp; &quot;大会&quot; in 技工教育联盟</b>"))
        #expect(expected.contains("[甲][&lt;乙&gt;]"))
        #expect(try Self.render(texts) == expected)
    }

    @Test func numbersAreShownAsTexts() {
        let tag = TagLinkModel(name: "技能竞赛", href: "tags/x/", count: 12)
        #expect((tag.child(named: "count") as? TemplateText)?.text == "12")
    }
}
