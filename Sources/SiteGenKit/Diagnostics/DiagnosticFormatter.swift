import Foundation

/// Prints diagnostics the way compilers do: the location and message, the source line, a caret
/// under the column, and the hint.
public struct DiagnosticFormatter: Sendable {
    /// Whether to use ANSI colours.
    public var useColor: Bool
    /// Reads source lines to quote.
    public var fileSystem: any FileSystem

    /// Creates a formatter.
    public init(useColor: Bool, fileSystem: any FileSystem = LocalFileSystem()) {
        self.useColor = useColor
        self.fileSystem = fileSystem
    }

    /// The full text for one diagnostic, ending in a newline.
    public func format(_ diagnostic: Diagnostic) -> String {
        let severityColor = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;35m"
        var out = paint("\(diagnostic.location): ", "\u{1B}[1m")
            + paint("\(diagnostic.severity.rawValue):", severityColor)
            + paint(" \(diagnostic.message)", "\u{1B}[1m") + "\n"
        if let line = sourceLine(diagnostic.location) {
            out += "    " + line + "\n"
            if diagnostic.location.column > 0 {
                out += "    " + Self.caretPadding(line: line, column: diagnostic.location.column) + paint("^", "\u{1B}[1;32m") + "\n"
            }
        }
        if let hint = diagnostic.hint {
            out += paint("    hint: ", "\u{1B}[1;36m") + hint + "\n"
        }
        return out
    }

    /// The closing count, such as `2 errors, 1 warning`.
    public static func summary(errors: Int, warnings: Int) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning"))"
    }

    /// Spaces that put a caret under `column` (1-based, in characters) of `line`: wide Chinese
    /// characters take two terminal cells, tabs are kept as tabs.
    static func caretPadding(line: String, column: Int) -> String {
        var padding = ""
        for scalar in line.unicodeScalars.prefix(max(0, column - 1)) {
            if scalar == "\t" {
                padding += "\t"
            } else if CJK.isWide(scalar) {
                padding += "  "
            } else if scalar.properties.generalCategory != .nonspacingMark {
                padding += " "
            }
        }
        return padding
    }

    private func sourceLine(_ location: SourceLocation) -> String? {
        guard location.line > 0, let data = try? fileSystem.contents(of: location.path),
              let text = String(data: data, encoding: .utf8) else { return nil }
        var lineNumber = 1
        var current = Substring(text)
        while lineNumber < location.line {
            guard let newline = current.firstIndex(of: "\n") else { return nil }
            current = current[current.index(after: newline)...]
            lineNumber += 1
        }
        var line = current.prefix { $0 != "\n" && $0 != "\r\n" }
        if line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
        if line.last == "\r" { line = line.dropLast() }
        return String(line.prefix(300))
    }

    private func paint(_ text: String, _ code: String) -> String {
        useColor ? code + text + "\u{1B}[0m" : text
    }
}
