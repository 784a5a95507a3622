/// Puts the strings table into a theme: `{{t.key}}` in a template's text becomes the table's
/// string for `key`, HTML-escaped (`{{{t.key}}}` unescaped), before the template is parsed.
///
/// Replacing at load time costs pages nothing, and a key the table does not have is an error with
/// the tag's line and column instead of an empty spot on every page.
enum TemplateStrings {
    /// A `{{t.key}}` tag the table has no string for.
    struct UnknownKey: Equatable {
        /// The key as written.
        var key: String
        /// The tag's line (1-based).
        var line: Int
        /// The tag's column (1-based, in Unicode scalars).
        var column: Int
    }

    /// `text` with every `{{t.key}}` and `{{{t.key}}}` replaced from `strings`, and the tags
    /// whose keys `strings` lacks (those are left as written).
    static func substitute(in text: String, from strings: StringsTable, escape: (String) -> String) -> (text: String, unknown: [UnknownKey]) {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var unknown: [UnknownKey] = []
        var line = 1
        var lineStart = 0
        var index = 0
        while index < scalars.count {
            if scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{",
               let tag = tag(in: scalars, at: index) {
                if let value = strings[tag.key] {
                    result.append(contentsOf: (tag.isTriple ? value : escape(value)).unicodeScalars)
                } else {
                    unknown.append(UnknownKey(key: tag.key, line: line, column: index - lineStart + 1))
                    result.append(contentsOf: scalars[index..<tag.end])
                }
                index = tag.end
                continue
            }
            if scalars[index] == "\n" {
                line += 1
                lineStart = index + 1
            }
            result.append(scalars[index])
            index += 1
        }
        return (String(result), unknown)
    }

    /// The `{{t.key}}` or `{{{t.key}}}` tag starting at `start`, if there is one there.
    private static func tag(in scalars: [Unicode.Scalar], at start: Int) -> (key: String, isTriple: Bool, end: Int)? {
        var index = start + 2
        let isTriple = index < scalars.count && scalars[index] == "{"
        if isTriple { index += 1 }
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index + 1 < scalars.count, scalars[index] == "t", scalars[index + 1] == "." else { return nil }
        index += 2
        var key = String.UnicodeScalarView()
        while index < scalars.count, isKeyScalar(scalars[index]) {
            key.append(scalars[index])
            index += 1
        }
        while index < scalars.count, scalars[index] == " " { index += 1 }
        let closing = isTriple ? 3 : 2
        guard !key.isEmpty, index + closing <= scalars.count, scalars[index..<index + closing].allSatisfy({ $0 == "}" }) else { return nil }
        return (String(key), isTriple, index + closing)
    }

    private static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".": return true
        default: return false
        }
    }
}
