import Foundation
import Testing
@testable import SiteGenKit

/// A tag whose name no value has where it stands (`{{site.titel}}`) stops the build with its
/// place and the nearest name, instead of rendering as nothing on every page.
@Suite struct TemplateNameCheckTests {
    /// The default theme with `edit` applied to the template `name`.
    private static func theme(editing name: String, _ edit: (String) -> String) throws -> [String: TemplateNameCheck.Source] {
        var sources: [String: TemplateNameCheck.Source] = [:]
        let directory = TestSupport.templatesDirectory
        for file in try LocalFileSystem().files(under: directory) where file.hasSuffix(".mustache") {
            let template = String(file.dropLast(".mustache".count))
            let path = Path.join(directory, file)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            sources[template] = TemplateNameCheck.Source(path: path, text: template == name ? edit(text) : text)
        }
        return sources
    }

    private static func problems(in sources: [String: TemplateNameCheck.Source]) -> [String] {
        let diagnostics = DiagnosticBag()
        let passed = TemplateNameCheck.check(sources, diagnostics: diagnostics)
        #expect(passed == diagnostics.all.isEmpty)
        return diagnostics.all.map { DiagnosticFormatter(useColor: false).format($0) }
    }

    @Test func theDefaultThemeNamesOnlyValuesItHas() throws {
        #expect(Self.problems(in: try Self.theme(editing: "", { $0 })) == [])
    }

    @Test func aMisspeltNameIsFoundWithItsPlaceAndTheNearestName() throws {
        let sources = try Self.theme(editing: "announcement") {
            $0.replacingOccurrences(of: "<h1>{{title}}</h1>", with: "<h1>{{titel}}</h1>")
                .replacingOccurrences(of: "<p class=\"print-only issuer\">{{site.title}}</p>", with: "<p class=\"print-only issuer\">{{site.titel}}</p>")
        }
        let problems = Self.problems(in: sources)
        // The second time, the same theme's problems come from memory (a session's rebuilds).
        #expect(Self.problems(in: sources) == problems)
        #expect(problems.count == 2)
        #expect(problems.first?.contains("announcement.mustache:7:34: error: no value is named 'site.titel' here") == true)
        #expect(problems.first?.contains("did you mean 'site.title'?") == true)
        #expect(problems.last?.contains("announcement.mustache:8:9: error: no value is named 'titel' here") == true)
        #expect(problems.last?.contains("did you mean 'title'") == true)
    }

    @Test func sectionsLookInTheirValueThenAround() throws {
        // Inside {{#tags}} a tag's `href` is found; `site.title` is found around it; `url` (a
        // field of the source, not of a tag) is not.
        let sources = try Self.theme(editing: "announcement") {
            $0.replacingOccurrences(of: "<a class=\"tag\" href=\"{{href}}\">{{name}}</a>", with: "<a class=\"tag\" href=\"{{href}}\" title=\"{{site.title}}\">{{name}}{{url}}</a>")
        }
        let problems = Self.problems(in: sources)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("no value is named 'url' here") == true)
    }

    @Test func sharedChunksSeeOnlyTheirOwnValues() throws {
        // The header is rendered once for many pages: a page's title is not among its values.
        let sources = try Self.theme(editing: "partials/header") { $0 + "{{page_title}}{{site.title}}{{#nav}}{{title}}{{/nav}}\n" }
        let problems = Self.problems(in: sources)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("header.mustache:24:1: error: no value is named 'page_title' here") == true)
        #expect(problems.first?.contains("hint: 'page_title' is a page's value, and this partial is a shared chunk") == true)
    }

    @Test func aPartialSharedByPagesNeedsTheNameOnOneOfThem() throws {
        // `member` exists on member pages only: a partial every page includes may show it.
        var sources = try Self.theme(editing: "layout") { $0.replacingOccurrences(of: "</body>", with: "{{>partials/extra}}</body>") }
        sources["partials/extra"] = TemplateNameCheck.Source(path: "/t/partials/extra.mustache", text: "{{#member}}{{name}}{{/member}}\n{{#announcement}}{{title}}{{/announcement}}\n{{memberr}}")
        let problems = Self.problems(in: sources)
        #expect(problems == [try #require(problems.first)])
        #expect(problems.first?.contains("/t/partials/extra.mustache:3:1: error: no value is named 'memberr' here") == true)
        #expect(problems.first?.contains("did you mean 'member' or 'members'?") == true, "\(problems)")
    }

    @Test func transformsStringsAndTheCurrentValueAreNotNames() throws {
        let sources = try Self.theme(editing: "page") {
            $0 + "{{uppercased(page_title)}}{{#reversed(nav)}}{{.}}{{/reversed(nav)}}{{t.home}}{{! {{nothing}} }}\n{{lowercased(titel)}}"
        }
        let problems = Self.problems(in: sources)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("no value is named 'lowercased(titel)' here") == true)
    }

    @Test func aBrokenThemeStopsTheBuildAndWritesNothing() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try TestSupport.copyTree(TestSupport.templatesDirectory, to: root + "/Templates")
        let layout = root + "/Templates/layout.mustache"
        let text = try String(contentsOfFile: layout, encoding: .utf8)
        try text.replacingOccurrences(of: "<title>{{$title}}{{page_title}}", with: "<title>{{$title}}{{page_titel}}").write(toFile: layout, atomically: true, encoding: .utf8)
        let result = await BuildPipeline(layout: SiteLayout(contentDirectory: Path.join(TestSupport.packageRoot, "Content"), templatesDirectory: root + "/Templates", outputDirectory: root + "/Output"), options: BuildOptions()).run()
        #expect(result.errorCount == 1)
        #expect(result.diagnostics.first.map(DiagnosticFormatter(useColor: false).format)?.contains("layout.mustache:7:18: error: no value is named 'page_titel' here") == true, "\(result.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: root + "/Output"))
    }
}
