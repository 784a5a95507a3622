import Testing
@testable import SiteGenKit

@Suite struct YAMLObjectTests {
    /// Composes front matter that starts on line 2 of `path`, as in a Markdown file.
    private func object(_ yaml: String, bag: DiagnosticBag) throws -> YAMLObject {
        let value = try #require(YAMLSource(path: "a.md", lineOffset: 1).compose(yaml, diagnostics: bag))
        return try #require(YAMLObject(value, what: "front matter", diagnostics: bag))
    }

    @Test func readsTypedFields() throws {
        let bag = DiagnosticBag()
        let yaml = try object("title: 联盟大会\ndate: 2025-09-29 14:30\ntags: [大会, 倡议书]\ndraft: true\nnav_order: 3", bag: bag)
        #expect(yaml.string("title") == "联盟大会")
        #expect(yaml.date("date") == SiteDate(year: 2025, month: 9, day: 29, hour: 14, minute: 30))
        #expect(yaml.stringList("tags").map(\.text) == ["大会", "倡议书"])
        #expect(yaml.bool("draft") == true)
        #expect(yaml.int("nav_order") == 3)
        yaml.reportUnknownKeys()
        #expect(bag.all.isEmpty)
    }

    @Test func invalidDatePointsAtTheValue() throws {
        let bag = DiagnosticBag()
        let yaml = try object("title: x\ndate: 九月", bag: bag)
        #expect(yaml.date("date", required: true) == nil)
        #expect(bag.all.map(\.description) == [#"a.md:3:7: error: 'date' must be a date like 2025-09-29, got "九月""#])
    }

    @Test func impossibleCalendarDateIsRejected() throws {
        let bag = DiagnosticBag()
        let yaml = try object("date: 2025-02-30", bag: bag)
        #expect(yaml.date("date") == nil)
        #expect(bag.hasErrors)
    }

    @Test func missingRequiredFieldNamesIt() throws {
        let bag = DiagnosticBag()
        let yaml = try object("date: 2025-09-29", bag: bag)
        #expect(yaml.string("title", required: true) == nil)
        #expect(bag.all.map(\.description) == ["a.md:2:1: error: front matter is missing required field 'title'"])
    }

    @Test func wrongTypeSaysWhatWasExpected() throws {
        let bag = DiagnosticBag()
        let yaml = try object("title:\n  - a\n  - b", bag: bag)
        #expect(yaml.string("title") == nil)
        #expect(bag.all.map(\.description) == ["a.md:3:3: error: 'title' must be text, got a list"])
    }

    @Test func unknownFieldWarnsWithSuggestion() throws {
        let bag = DiagnosticBag()
        let yaml = try object("titel: 大会\ndate: 2025-09-29", bag: bag)
        _ = yaml.string("title")
        _ = yaml.date("date")
        yaml.reportUnknownKeys()
        let diagnostic = try #require(bag.all.first)
        #expect(diagnostic.description == "a.md:2:1: warning: unknown field 'titel' in front matter")
        #expect(diagnostic.hint == "did you mean 'title'?")
    }

    @Test func syntaxErrorIsLocatedInTheWholeFile() {
        let bag = DiagnosticBag()
        let value = YAMLSource(path: "a.md", lineOffset: 1).compose("title: a\ntags: [x, y\ndate: 2025-01-01", diagnostics: bag)
        #expect(value == nil)
        let diagnostic = bag.all.first
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.location.path == "a.md")
        #expect(diagnostic?.message.hasPrefix("YAML syntax error") == true)
        #expect((diagnostic?.location.line ?? 0) >= 3)
    }

    @Test func duplicateKeyIsAnError() {
        let bag = DiagnosticBag()
        _ = YAMLSource(path: "site.yaml").compose("title: a\ntitle: b\n", diagnostics: bag)
        #expect(bag.all.first?.message == "duplicate key 'title' in this mapping")
    }
}
