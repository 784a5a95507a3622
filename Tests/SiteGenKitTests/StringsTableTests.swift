import Foundation
import Testing
@testable import SiteGenKit

/// The strings table: complete for every key sitegen uses, chosen by language, and put into
/// templates at load time with errors for keys it lacks.
@Suite struct StringsTableTests {
    /// A date pattern split once writes what filling the pattern each time writes, whatever
    /// placeholders and stray braces it has.
    @Test func aDatePatternWritesWhatFillingItWrites() throws {
        let date = try #require(SiteDate(year: 2025, month: 9, day: 29))
        let values = ["year": "2025", "month": "9", "day": "29"]
        for pattern in ["{year}年{month}月{day}日", "{day}/{month}/{year}", "{other} {year}", "没有占位符", "{year", "}{day}{", "{}{month}", ""] {
            #expect(DatePattern(pattern).format(date) == StringsTable.fill(pattern, with: values), "\(pattern)")
        }
        #expect(StringsTable.simplifiedChinese.longDate(date) == "2025年9月29日")
    }

    @Test func everyBuiltInTableHasEveryKeySitegenUses() {
        var keys = UIText.allCases.map(\.rawValue)
        keys += MemberType.allCases.flatMap { ["member_type.\($0.rawValue)", "measure_word.\($0.rawValue)"] }
        keys += CouncilRole.allCases.map { "council_role.\($0.rawValue)" }
        keys += Initiative.Status.allCases.map { "initiative_status.\($0.rawValue)" }
        for table in StringsTable.builtIn {
            let missing = keys.filter { table[$0] == nil }
            #expect(missing.isEmpty, "\(table.language) lacks \(missing)")
            let mustache = table.entries.filter { $0.value.contains("{{") || $0.value.contains("}}") }
            #expect(mustache.isEmpty, "a string must not hold template tags: \(mustache)")
        }
    }

    @Test func theTableIsChosenByLanguageWithChineseAsTheDefault() {
        #expect(StringsTable.forLanguage("zh-CN").language == "zh-CN")
        #expect(StringsTable.forLanguage("ZH-cn").language == "zh-CN")
        #expect(StringsTable.forLanguage("zh").language == "zh-CN")
        #expect(StringsTable.forLanguage("en").language == "zh-CN")
    }

    @Test func placeholdersAreFilledAndUnknownOnesKept() throws {
        #expect(StringsTable.fill("{start}—{end}年", with: ["start": "2025", "end": "2027"]) == "2025—2027年")
        #expect(StringsTable.fill("共{count}家{other}", with: ["count": "3"]) == "共3家{other}")
        #expect(StringsTable.fill("未闭合{", with: [:]) == "未闭合{")
        let strings = StringsTable.simplifiedChinese
        let date = try #require(SiteDate(parsing: "2025-09-29"))
        #expect(strings.longDate(date) == "2025年9月29日")
        #expect(strings.name(of: MemberType.trainingProvider) == "培训机构")
        #expect(strings.measureWord(of: .governmentBody) == "个")
    }

    @Test func templateTagsAreReplacedEscapedOrRaw() {
        let strings = StringsTable(language: "x", entries: ["home": "首页", "amp": "A & B"])
        let (text, unknown) = TemplateStrings.substitute(
            in: "<a>{{t.home}}</a>{{ t.amp }}|{{{t.amp}}}|{{home}}|{{t.}}", from: strings, escape: HTMLEscaping().escapeText
        )
        #expect(text == "<a>首页</a>A &amp; B|A & B|{{home}}|{{t.}}")
        #expect(unknown.isEmpty)
    }

    @Test func anUnknownKeyIsAnErrorAtItsTagWithAHint() async throws {
        let fileSystem = try TestSupport.memoryFileSystem(with: ["Content/site.yaml": TestSupport.minimalSiteYAML])
        try fileSystem.write(Data("{{<layout}}{{$content}}\n<p>首页 · {{t.hmoe}}</p>{{/content}}{{/layout}}\n".utf8), to: "Templates/page.mustache")
        let result = await BuildPipeline(fileSystem: fileSystem).run()
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.description == "Templates/page.mustache:2:9: error: the strings table (zh-CN) has no string 't.hmoe'")
        #expect(error.hint == "did you mean 't.home'?")
    }

    @Test func aSyntaxErrorIsLocatedInTheTemplateAsWritten() async throws {
        let fileSystem = try TestSupport.memoryFileSystem(with: ["Content/site.yaml": TestSupport.minimalSiteYAML])
        // {{t.home}} is ten columns wide as written and two once replaced: the error's column
        // must be the editor's.
        try fileSystem.write(Data("{{<layout}}{{$content}}\n<p>{{t.home}}{{#x}}{{/y}}</p>{{/content}}{{/layout}}\n".utf8), to: "Templates/404.mustache")
        let result = await BuildPipeline(fileSystem: fileSystem).run()
        let errors = result.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors == ["Templates/404.mustache:2:23: error: template syntax error: a closing tag does not match the section it closes"])
    }

    /// Words a page shows come from the table: the Swift that makes page values holds none.
    @Test func noChineseTextInTheSwiftThatMakesPages() throws {
        let folders = ["Rendering", "Writing", "Kinds", "Templates", "Alliance", "Strings"]
        var offenders: [String] = []
        for folder in folders {
            let directory = Path.join(TestSupport.packageRoot, "Sources/SiteGenKit/\(folder)")
            for file in try LocalFileSystem().files(under: directory) where file.hasSuffix(".swift") {
                if file == "ProvinceNames.swift" || file.hasPrefix("StringsTable+") { continue }
                let text = try String(contentsOfFile: Path.join(directory, file), encoding: .utf8)
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let code = line.trimmingCharacters(in: .whitespaces)
                    if code.hasPrefix("///") || code.hasPrefix("//") { continue }
                    if line.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) {
                        offenders.append("\(folder)/\(file):\(number + 1)")
                    }
                }
            }
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }
}
