import Foundation
import Mustache
import Testing
@testable import SiteGenKit

/// Folding a page's `root` and `site` values into the theme gives the HTML swift-mustache's own
/// lookups give, for every form of tag and every line layout, and is really done.
@Suite struct TemplateFoldingTests {
    /// Values shaped like a page's: `root`, `site` with texts and flags, and nested values.
    nonisolated(unsafe) private static let context: [String: Any] = [
        "root": TemplateText("../../"),
        "top": TemplateText(""),
        "title": TemplateText("通知"),
        "site": [
            "title": TemplateText("<技工> & \"联盟\""),
            "home_href": TemplateText("../../index.html"),
            "empty": TemplateText(""),
            "spaces": TemplateText("  "),
            "braces": TemplateText("{{title}}"),
            "on": true,
            "off": false,
            "alliance": ["short_name": TemplateText("联盟")],
        ] as [String: Any],
        "items": [
            ["name": TemplateText("甲")],
            ["name": TemplateText("乙")],
        ],
    ]

    /// Templates that put folded tags in every place a theme might.
    private static let templates: [String: String] = [
        "inline": "<a href=\"{{site.home_href}}\">{{site.title}}</a>|{{{site.title}}}|{{&site.title}}|{{ site.title }}|{{root}}x\n",
        "standalone": """
            <head>
            {{#site.on}}
              <link href="{{root}}on.css">
            {{/site.on}}
              {{#site.off}}
            <link href="{{root}}off.css">
              {{/site.off}}
            {{^site.off}}
            <link rel="icon" href="{{root}}favicon.svg">
            {{/site.off}}
            {{^site.on}}never{{/site.on}}
            {{#site.title}}
            <p>{{title}} of {{site.title}}</p>
            {{/site.title}}
            {{#site.title}}
            <p>{{.}}</p>
            {{/site.title}}
            {{^site.title}}
            gone
            {{/site.title}}
            </head>

            """,
        "nested": """
            {{#site.on}}
            {{#site.on}}
            twice
            {{/site.on}}
            {{/site.on}}
            {{#site.off}}{{/site.off}}
            {{#items}}
            <li>{{name}} {{root}}{{site.title}}</li>
            {{/items}}
            {{#site.alliance}}{{short_name}}/{{site.alliance.short_name}}{{/site.alliance}}

            """,
        "edges": "{{top}}{{#site.on}}\n{{site.empty}}{{#site.on}}\nkept\n{{/site.on}}\n{{site.spaces}}{{^site.off}}\n[{{site.braces}}]\n{{/site.off}}\n{{/site.on}}\r\n{{#site.on}}\r\ncrlf\r\n{{/site.on}}\r\n{{! a note {{root}} }}end{{site.missing}}{{missing.title}}",
        "delimiters": "{{site.title}}{{=<% %>=}}<% site.title %>{{site.title}}\n",
        "partial": "  {{>part}}\n<p>\n  {{>part}}\n</p>\n",
        "part": "{{#site.on}}\n<b>{{site.title}}</b>\n{{/site.on}}\n{{root}}\n",
        "child": "{{<parent}}{{$body}}{{site.title}} {{root}}{{/body}}{{/parent}}",
        "parent": "<title>{{$title}}{{title}} · {{site.title}}{{/title}}</title>\n{{$body}}{{/body}}\n",
    ]

    private static func renderer(folding: Bool) throws -> MustacheTemplateRenderer {
        var files: [String: String] = [:]
        for (name, text) in templates { files["/t/" + name + ".mustache"] = text }
        let diagnostics = DiagnosticBag()
        let renderer = MustacheTemplateRenderer.load(from: "/t", fileSystem: InMemoryFileSystem(files: files), foldsSiteValues: folding, diagnostics: diagnostics)
        #expect(!diagnostics.hasErrors, "\(diagnostics.all)")
        return try #require(renderer)
    }

    @Test(arguments: templates.keys.sorted())
    func foldedThemeRendersWhatLookupsRender(template: String) throws {
        let folded = try Self.renderer(folding: true).render(template: template, context: Self.context)
        let looked = try Self.renderer(folding: false).render(template: template, context: Self.context)
        #expect(folded == looked)
    }

    @Test func theLookupsRenderWhatTheTestExpects() throws {
        let html = try Self.renderer(folding: false).render(template: "standalone", context: Self.context)
        #expect(html == """
            <head>
              <link href="../../on.css">
            <link rel="icon" href="../../favicon.svg">

            <p>通知 of &lt;技工&gt; &amp; &quot;联盟&quot;</p>
            <p>&lt;技工&gt; &amp; &quot;联盟&quot;</p>
            </head>

            """)
    }

    /// A site value that counts the names looked up in it.
    private final class CountingSite: MustacheParent, @unchecked Sendable {
        private let lock = NSLock()
        private var lookups = 0
        var count: Int { lock.withLock { lookups } }
        func child(named name: String) -> Any? {
            lock.withLock { lookups += 1 }
            return name == "title" ? TemplateText("联盟") : name == "home_href" ? TemplateText("../index.html") : nil
        }
    }

    @Test func pagesWithTheSameValuesShareOneFoldedThemeAndLookNothingUp() throws {
        func lookups(folding: Bool) throws -> Int {
            let site = CountingSite()
            let renderer = try Self.renderer(folding: folding)
            for _ in 0..<10 {
                #expect(try renderer.render(template: "inline", context: ["root": TemplateText("../"), "site": site] as [String: Any]).hasPrefix("<a href=\"../index.html\">联盟</a>"))
            }
            return site.count
        }
        // Five tags ask for two names: swift-mustache looks each tag up; folding asks each name once a page.
        #expect(try lookups(folding: false) == 50)
        #expect(try lookups(folding: true) == 20)
    }

    @Test func foldsTextsAndStandaloneSections() {
        let values: [String: TemplateFolding.Value] = ["root": .text("../"), "site.title": .text("<联盟>"), "site.on": .flag(true), "site.off": .flag(false)]
        let escape = { HTMLEscaping().escapeText($0) }
        #expect(TemplateFolding.fold("{{root}}a|{{site.title}}|{{{site.title}}}|{{title}}", values: values, escape: escape) == "../a|&lt;联盟&gt;|<联盟>|{{title}}")
        #expect(TemplateFolding.fold("a\n  {{#site.on}}\n  b\n  {{/site.on}}\n{{#site.off}}\nc\n{{/site.off}}\nd", values: values, escape: escape) == "a\n  b\nd")
        #expect(TemplateFolding.fold("{{^site.off}}\n{{root}}\n{{/site.off}}\n", values: values, escape: escape) == "../\n")
        // Sections that share a line with other text are left to swift-mustache.
        #expect(TemplateFolding.fold("x{{#site.on}}y{{/site.on}}", values: values, escape: escape) == "x{{#site.on}}y{{/site.on}}")
        // A section over text whose content names the text itself is left too.
        #expect(TemplateFolding.fold("{{#site.title}}\n{{.}}\n{{/site.title}}\n", values: values, escape: escape) == "{{#site.title}}\n{{.}}\n{{/site.title}}\n")
        #expect(TemplateFolding.fold("{{=<% %>=}}{{root}}", values: values, escape: escape) == "{{=<% %>=}}{{root}}")
        #expect(TemplateFolding.names(in: "{{root}}{{#site.on}}{{site.title}}{{/site.on}}{{title}}{{>site.x}}{{uppercased(site.title)}}") == ["root", "site.on", "site.title"])
    }

    @Test func textsThatCouldChangeTheTemplateAreNotFolded() {
        #expect(!TemplateFolding.canShow(""))
        #expect(!TemplateFolding.canShow(" \n\t"))
        #expect(!TemplateFolding.canShow("a{{b}}"))
        #expect(TemplateFolding.canShow("a{b}"))
    }

    @Test func theExampleSiteIsRenderedFromAFoldedLayout() throws {
        let layout = try String(contentsOfFile: Path.join(TestSupport.templatesDirectory, "layout.mustache"), encoding: .utf8)
        let folded = TemplateFolding.fold(layout, values: ["root": .text("../../"), "site.title": .text("联盟"), "site.favicon_href": .flag(false)], escape: { $0 })
        #expect(!folded.contains("{{root}}"))
        #expect(!folded.contains("{{site.title}}"))
        #expect(!folded.contains("favicon_href"))
        #expect(folded.contains("<link rel=\"icon\" href=\"../../assets/favicon.svg\" type=\"image/svg+xml\">\n<meta property=\"og:site_name\" content=\"联盟\">"))
    }

    /// Folding `site.…` and `root` anywhere in a template is right only while no value a section
    /// puts on the stack has fields of those names.
    @Test func noNestedValueHasAFieldNamedSiteOrRoot() {
        var pending: [any TemplateModel.Type] = [CommonPageModel.self, ChunkModel.self] + TemplateReference.pages.map(\.model)
        var seen: Set<String> = []
        var nested: [any TemplateModel.Type] = []
        while let model = pending.popLast() {
            for field in model.referenceFields {
                switch field.type {
                case .object(let inner), .list(let inner):
                    if seen.insert(inner.modelName).inserted {
                        nested.append(inner)
                        pending.append(inner)
                    }
                default:
                    continue
                }
            }
        }
        #expect(nested.count > 10)
        for model in nested {
            let names = Set(model.referenceFields.map(\.name))
            #expect(!names.contains("site") && !names.contains("root"), "\(model.modelName) has a field named site or root")
        }
    }
}
