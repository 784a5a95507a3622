/// Writes text as a YAML scalar that reads back as exactly that text.
enum YAMLScalar {
    /// `text` plain when YAML would read it back as the same string, double-quoted otherwise.
    static func written(_ text: String) -> String {
        isSafePlain(text) ? text : quoted(text)
    }

    /// `text` in double quotes, with `\`, `"` and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static let indicators: Set<Unicode.Scalar> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", " ", "\t"]
    private static let specialWords: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".inf", "-.inf", "+.inf", ".nan", "<<", "="]

    private static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              !indicators.contains(first), last != " ", last != ":" else { return false }
        if text.contains(": ") || text.contains(" #") || text.contains(":\t") || text.contains("\t#") { return false }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{FEFF}" }) { return false }
        if specialWords.contains(text.lowercased()) { return false }
        // Numbers, dates and times (1.5, 0x1F, 2025-09-29, 12:30) would not read back as text.
        if text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || "+-.:_ eExXoOabcdefABCDEF".unicodeScalars.contains($0) }) { return false }
        return true
    }
}
