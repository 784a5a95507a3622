import Testing
@testable import SiteGenKit

@Suite struct DiagnosticFormatterTests {
    @Test func caretSitsUnderTheRightChineseCharacter() {
        // 日期 takes four terminal cells; the caret for column 5 (the 二) follows them and ": ".
        #expect(DiagnosticFormatter.caretPadding(line: "日期: 二月一日", column: 5) == "      ")
        #expect(DiagnosticFormatter.caretPadding(line: "\tdate: x", column: 3) == "\t ")
    }

    @Test func printsSourceLineCaretAndHintWithOrWithoutColour() {
        let fileSystem = InMemoryFileSystem(files: ["a.md": "---\ndate: 九月\n---\n"])
        let diagnostic = Diagnostic.error(at: SourceLocation(path: "a.md", line: 2, column: 7), "'date' must be a date", hint: "write YYYY-MM-DD")
        let plain = DiagnosticFormatter(useColor: false, fileSystem: fileSystem).format(diagnostic)
        #expect(plain == "a.md:2:7: error: 'date' must be a date\n    date: 九月\n          ^\n    hint: write YYYY-MM-DD\n")
        let coloured = DiagnosticFormatter(useColor: true, fileSystem: fileSystem).format(diagnostic)
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(DiagnosticFormatter.summary(errors: 1, warnings: 2) == "1 error, 2 warnings")
    }
}
