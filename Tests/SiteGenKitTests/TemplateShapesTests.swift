import Foundation
import Mustache
import Testing
@testable import SiteGenKit

/// Rendering by shape gives exactly the HTML swift-mustache gives, page after page, for every
/// kind of value and tag; and it is really done (pages of one shape share one recording).
@Suite struct TemplateShapesTests {
    /// A value with named fields, as the page models are.
    private struct Fields: TemplateObject, @unchecked Sendable {
        let values: [String: Any]
        func child(named name: String) -> Any? { values[name] }
    }

    private static func tag(_ name: String) -> Fields {
        Fields(values: ["name": TemplateText(name), "href": TemplateText("../tags/\(name)/")])
    }

    /// Pages that differ in every way a shape can: absent and false values, flags, list lengths,
    /// nested values, texts to escape, texts that look like the markers, empty texts, chunks.
    private static let pages: [Fields] = [
        Fields(values: [
            "title": TemplateText("<通知> & \"公告\" 'x'"), "author": TemplateText("张三"), "tags": [tag("a"), tag("b & c"), tag("d")],
            "draft": true, "code": TemplateText("ab<c>"), "note": TemplateText(""), "source": Fields(values: ["name": TemplateText("人社厅")]),
            "chunk": LazyHTML { "<li>chunk & co</li>" }, "lines": [TemplateText("一"), TemplateText("二<")],
        ]),
        Fields(values: [
            "title": TemplateText("\u{1}3&\u{2} and \u{1}3&amp;\u{2}"), "author": false, "tags": [tag("e")], "draft": false,
            "code": TemplateText("x"), "note": TemplateText("n"), "chunk": LazyHTML { "" }, "lines": [TemplateText](),
        ]),
        Fields(values: [
            "title": TemplateText("第二\n行"), "tags": [Fields](), "draft": false, "code": TemplateText(""), "note": TemplateText(""),
            "source": Fields(values: ["name": TemplateText("联盟"), "title": TemplateText("来源")]), "chunk": LazyHTML { "<p>x</p>" },
            "lines": [TemplateText("三")],
        ]),
        Fields(values: [
            "title": TemplateText("同形"), "author": TemplateText("李四"), "tags": [tag("f"), tag("g"), tag("h")], "draft": true,
            "code": TemplateText("<\u{338}&\u{301}y"), "note": TemplateText(""), "source": Fields(values: ["name": TemplateText("协会")]),
            "chunk": LazyHTML { "<li>other</li>" }, "lines": [TemplateText("四"), TemplateText("五")],
        ]),
    ]

    /// Templates that use every kind of tag on those values.
    private static let templates: [String: String] = [
        "page": """
            <h1>{{title}}</h1>{{{title}}}{{&title}}
            {{#author}}<span>{{author}}</span>{{/author}}{{^author}}anon{{/author}}
            <p>{{#tags}}<a href="{{href}}">{{name}}</a>{{#title}}({{title}}){{/title}}{{/tags}}{{^tags}}none{{/tags}}</p>
            {{#draft}}D{{/draft}}{{draft}}{{^draft}}final{{/draft}}
            {{uppercased(code)}}{{#empty(note)}}E{{/empty(note)}}{{^empty(note)}}[{{note}}]{{/empty(note)}}{{count(tags)}}{{#first(tags)}}{{name}}{{/first(tags)}}{{#last(tags)}}{{href}}{{/last(tags)}}
            {{#source}}{{name}}/{{title}}{{/source}}{{^source}}-{{/source}}
            {{#title}}[{{.}}]{{/title}}
            {{{chunk}}}{{#chunk}}C{{chunk}}{{/chunk}}
            {{missing}}{{missing.deeper}}{{#lines}}{{.}};{{lowercased(.)}}{{/lines}}{{#reversed(lines)}}{{.}}{{/reversed(lines)}}

            """,
        "child": "{{<parent}}{{$body}}{{title}}{{>part}}{{/body}}{{/parent}}",
        "parent": "<title>{{$title}}{{title}} · 站点{{/title}}</title>\n{{$body}}{{/body}}\n",
        "part": "{{#source}}<b>{{name}}</b>{{/source}}|{{code}}\n",
        "text": "{{% CONTENT_TYPE: TEXT }}{{title}}|{{{title}}}|{{#tags}}{{name}}{{/tags}}\n",
        "html": "{{% CONTENT_TYPE: HTML }}{{title}}|{{{title}}}|{{code}}\n",
        "indented": "<ul>\n  {{>item}}\n</ul>\n",
        "item": "{{title}}{{code}}\n",
        "delimiters": "{{title}}{{=<% %>=}}<% title %>\n",
    ]

    private static func renderer(byShape: Bool, templates: [String: String] = templates) throws -> MustacheTemplateRenderer {
        var files: [String: String] = [:]
        for (name, text) in templates { files["/t/" + name + ".mustache"] = text }
        let diagnostics = DiagnosticBag()
        let renderer = MustacheTemplateRenderer.load(from: "/t", fileSystem: InMemoryFileSystem(files: files), rendersByShape: byShape, diagnostics: diagnostics)
        #expect(!diagnostics.hasErrors, "\(diagnostics.all)")
        return try #require(renderer)
    }

    @Test(arguments: ["page", "child", "text", "html", "indented", "delimiters"])
    func shapesRenderWhatSwiftMustacheRenders(template: String) throws {
        let shaped = try Self.renderer(byShape: true)
        let plain = try Self.renderer(byShape: false)
        // Twice over: the first round records the shapes, the second puts pages into them.
        for page in Self.pages + Self.pages {
            let expected = try plain.render(template: template, context: page)
            #expect(try shaped.render(template: template, context: page) == expected)
        }
        let statistics = try #require(shaped.shapes?.statistics(of: template))
        if ["page", "child", "text", "html"].contains(template) {
            #expect(!statistics.abandoned && statistics.shapes < statistics.pages, "\(statistics)")
        }
    }

    @Test func pagesOfOneShapeShareOneRecording() throws {
        let renderer = try Self.renderer(byShape: true)
        for page in Self.pages + Self.pages { _ = try renderer.render(template: "page", context: page) }
        let statistics = try #require(renderer.shapes?.statistics(of: "page"))
        #expect(statistics.pages == 8)
        // Pages 1 and 4 differ only in texts and chunks: one shape, and the second round adds none.
        #expect(statistics.shapes == 3)
        #expect(!statistics.abandoned)
        #expect(try renderer.render(template: "page", context: Self.pages[3]).contains("<h1>同形</h1>同形同形\n<span>李四</span>\n<p><a href=\"../tags/f/\">f</a>"))
    }

    @Test func aTemplateWhosePagesAreAlikeInNothingIsLeftToSwiftMustache() throws {
        let shaped = try Self.renderer(byShape: true)
        let plain = try Self.renderer(byShape: false)
        // Each page lists another number of tags, hundreds: each has a large shape of its own.
        for count in 300...306 {
            let page = Fields(values: ["title": TemplateText("第\(count)"), "tags": (0..<count).map { Self.tag("t\($0)") }])
            #expect(try shaped.render(template: "page", context: page) == plain.render(template: "page", context: page))
        }
        let statistics = try #require(shaped.shapes?.statistics(of: "page"))
        #expect(statistics.shapes == 2)
        #expect(statistics.abandoned)
    }

    @Test func templatesThatIndentInclusionsOrChangeDelimitersAreLeftAlone() throws {
        let shapes = try #require(try Self.renderer(byShape: true).shapes)
        #expect(shapes.isShapeable("page") && shapes.isShapeable("child") && shapes.isShapeable("part"))
        #expect(!shapes.isShapeable("indented"))
        #expect(!shapes.isShapeable("delimiters"))
        // A value ending a line in an indented partial indents what follows it.
        let page = Fields(values: ["title": TemplateText("a\n"), "code": TemplateText("b")])
        #expect(try Self.renderer(byShape: true).render(template: "indented", context: page) == "<ul>\n  a\n  b\n</ul>\n")
    }

    @Test func aValueOfAnotherKindLeavesTheTemplateToSwiftMustache() throws {
        let templates = ["plain": "{{title}}|{{#count}}{{count}}{{/count}}\n", "object": "{{#source}}{{.}}{{/source}}\n", "reversed": "{{reversed(title)}}\n"]
        let shaped = try Self.renderer(byShape: true, templates: templates)
        let plain = try Self.renderer(byShape: false, templates: templates)
        let pages = [Fields(values: ["title": TemplateText("甲")]), Fields(values: ["title": TemplateText("乙"), "count": 3]), Fields(values: ["title": TemplateText("丙")])]
        for page in pages {
            #expect(try shaped.render(template: "plain", context: page) == plain.render(template: "plain", context: page))
        }
        #expect(shaped.shapes?.statistics(of: "plain").abandoned == true)
        // An object shown as `{{.}}` is shown by its description, which a stand-in cannot copy.
        _ = try shaped.render(template: "object", context: Fields(values: ["source": Fields(values: [:])]))
        #expect(shaped.shapes?.statistics(of: "object").abandoned == true)
        // A transform that gives neither text nor a flag.
        _ = try shaped.render(template: "reversed", context: pages[0])
        #expect(shaped.shapes?.statistics(of: "reversed").abandoned == true)
        // A context that is no object is rendered as it is.
        #expect(try shaped.render(template: "plain", context: ["title": TemplateText("丁")] as [String: Any]) == "丁|\n")
    }

    /// A nested model with one text field.
    private struct Leaf: TemplateModel, @unchecked Sendable {
        let title: String?
        static let modelName = "leaf"
        static let fields = TemplateFields<Leaf>([.text("title", "a title") { $0.title }])
    }

    /// A model with a field of every kind, any of which may be absent.
    private struct Node: TemplateModel, @unchecked Sendable {
        var title: String?
        var number: Int?
        var flag = false
        var words: [String] = []
        var leaf: Leaf?
        var leaves: [Leaf] = []
        var html: String?

        static let modelName = "node"
        static let fields = TemplateFields<Node>([
            .text("title", "a title") { $0.title },
            .number("number", "a number") { $0.number },
            .flag("flag", "a flag") { $0.flag },
            .texts("words", "texts") { $0.words },
            .object("leaf", "a leaf") { $0.leaf },
            .list("leaves", "leaves") { $0.leaves },
            .html("html", "HTML") { $0.html },
        ])
    }

    /// Fields declared with their kind are read by number, without casts, and must give what
    /// their values give swift-mustache: an absent field is false, and hides the enclosing
    /// value of the same name (in a nested value, and in a page's content over its common part).
    @Test func declaredFieldsRenderWhatTheirValuesRender() throws {
        let templates = [
            "typed": "{{title}}|{{number}}|{{#flag}}F{{/flag}}{{^flag}}f{{/flag}}|{{#words}}{{.}},{{/words}}|{{#leaf}}<{{title}}>{{/leaf}}"
                + "|{{#leaves}}[{{title}}]{{/leaves}}|{{{html}}}|{{#title}}T{{/title}}{{^number}}N{{/number}}{{^words}}W{{/words}}\n",
        ]
        let shaped = try Self.renderer(byShape: true, templates: templates)
        let plain = try Self.renderer(byShape: false, templates: templates)
        let common = Node(title: "公共标题", number: 9, flag: true, words: ["公共"], leaf: Leaf(title: "公共叶"), leaves: [Leaf(title: "公共")], html: "<i>公共</i>")
        let contents = [
            Node(title: "标题 & <b>", number: 3, flag: true, words: ["甲", "乙<"], leaf: Leaf(title: "叶"), leaves: [Leaf(title: "一"), Leaf(title: nil)], html: "<b>粗</b>"),
            Node(),
            Node(title: "另一", leaf: Leaf(title: nil), leaves: [Leaf(title: nil)]),
            Node(number: 0, words: ["丙"], html: ""),
        ]
        for content in contents + contents {
            let page = PageModel(content: content, common: common)
            #expect(try shaped.render(template: "typed", context: page) == plain.render(template: "typed", context: page))
        }
        let empty = try shaped.render(template: "typed", context: PageModel(content: Node(), common: common))
        // Absent, not the common part's values; shown bare, an absent value is `false`.
        #expect(empty == "false|false|f||||false|NW\n", "\(empty)")
        let statistics = try #require(shaped.shapes?.statistics(of: "typed"))
        #expect(!statistics.abandoned && statistics.shapes < statistics.pages, "\(statistics)")
    }

    @Test func markersAreFoundWithTheirEscaping() {
        let recorded = "a" + ShapedOutput.marker(12) + "b" + HTMLEscaping().escapeText(ShapedOutput.marker(7)) + "c\u{1}x\u{2}\u{1}3\u{2}\u{1}3&\u{2}"
            + String.mustacheEscaped(ShapedOutput.marker(5))
        let output = ShapedOutput(recorded: recorded)
        #expect(output.pieces == ["a", "b", "c\u{1}x\u{2}\u{1}3\u{2}\u{1}3&\u{2}", ""])
        #expect(output.slots.map(\.expression) == [12, 7, 5])
        #expect(output.slots.map(\.escaping) == [.none, .theme, .mustache])
    }
}

private extension String {
    /// `text` as swift-mustache's own HTML escaping leaves it (a template without a content type).
    static func mustacheEscaped(_ text: String) -> String {
        (try? MustacheTemplate(string: "{{x}}").render(["x": text])) ?? ""
    }
}
