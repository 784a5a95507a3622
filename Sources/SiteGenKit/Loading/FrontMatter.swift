/// A Markdown file split into its YAML front matter and its body.
///
/// Front matter is the block between a first line of `---` and the next line of `---` (or `...`).
struct FrontMatter: Sendable, Equatable {
    /// The YAML text between the fences, or nil when the file has no front matter.
    var yaml: String?
    /// How many lines of the file come before the YAML text (the opening fence: 1).
    var yamlLineOffset: Int
    /// The Markdown after the closing fence.
    var body: String
    /// How many lines of the file come before the body.
    var bodyLineOffset: Int

    /// Splits `text`. Reports an unclosed front matter block to `diagnostics` and returns nil.
    ///
    /// Only the front matter's lines are examined; the body is taken as it is, so a long body
    /// costs nothing here.
    static func split(_ text: String, path: String, diagnostics: DiagnosticBag) -> FrontMatter? {
        var text = Substring(text)
        if text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst() }
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            let line = text[lineStart..<lineEnd]
            lineNumber += 1
            if let start = yamlStart {
                if isFence(line, closing: true) {
                    let yaml = String(text[start..<lineStart]).dropLastNewline()
                    return FrontMatter(
                        yaml: yaml.replacingCarriageReturns(), yamlLineOffset: 1,
                        body: String(text[next...]), bodyLineOffset: lineNumber
                    )
                }
            } else {
                guard isFence(line, closing: false) else { break }
                yamlStart = next
            }
            lineStart = next
        }
        guard yamlStart != nil else {
            return FrontMatter(yaml: nil, yamlLineOffset: 0, body: String(text), bodyLineOffset: 0)
        }
        diagnostics.error(
            at: SourceLocation(path: path, line: 1, column: 1),
            "front matter is not closed",
            hint: "add a line containing only '---' after the last front matter field, before the text"
        )
        return nil
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        var line = line.utf8[...]
        while let last = line.last, last == 13 || last == 32 || last == 9 { line = line.dropLast() }
        return line.elementsEqual("---".utf8) || (closing && line.elementsEqual("...".utf8))
    }
}

private extension String {
    /// Without one trailing line break.
    func dropLastNewline() -> String {
        var result = self
        if result.utf8.last == 10 { result.removeLast() }
        return result
    }

    /// With `\r\n` line ends turned into `\n`, so that YAML columns and values are clean.
    func replacingCarriageReturns() -> String {
        utf8.contains(13) ? split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n") : self
    }
}
