/// A Markdown file split into its YAML front matter and its body.
///
/// Front matter is the block between a first line of `---` and the next line of `---` (or `...`).
public struct FrontMatter: Sendable, Equatable {
    /// The YAML text between the fences, or nil when the file has no front matter.
    public var yaml: String?
    /// How many lines of the file come before the YAML text (the opening fence: 1).
    public var yamlLineOffset: Int
    /// The Markdown after the closing fence.
    public var body: String
    /// How many lines of the file come before the body.
    public var bodyLineOffset: Int

    /// Splits `text`. Reports an unclosed front matter block to `diagnostics` and returns nil.
    public static func split(_ text: String, path: String, diagnostics: DiagnosticBag) -> FrontMatter? {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        guard let first = lines.first, isFence(first, closing: false) else {
            return FrontMatter(yaml: nil, yamlLineOffset: 0, body: String(text), bodyLineOffset: 0)
        }
        for index in lines.indices.dropFirst() where isFence(lines[index], closing: true) {
            let yaml = lines[1..<index].joined(separator: "\n")
            let body = lines[(index + 1)...].joined(separator: "\n")
            return FrontMatter(yaml: yaml, yamlLineOffset: 1, body: body, bodyLineOffset: index + 1)
        }
        diagnostics.error(
            at: SourceLocation(path: path, line: 1, column: 1),
            "front matter is not closed",
            hint: "add a line containing only '---' after the last front matter field, before the text"
        )
        return nil
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        var line = line
        while line.last == "\r" || line.last == " " || line.last == "\t" { line = line.dropLast() }
        return line == "---" || (closing && line == "...")
    }
}
