/// The words a site shows that are not content, in one language: page titles, labels, the
/// display names of member types, council roles and initiative statuses, and the theme's own
/// text, which templates write as `{{t.key}}`.
///
/// A table is chosen by `language` in `site.yaml` (``forLanguage(_:)``). Values may hold
/// `{name}` placeholders, filled by ``text(_:_:)``.
struct StringsTable: Sendable {
    /// The BCP 47 tag of the table's language (`zh-CN`).
    let language: String
    /// Every string by key.
    let entries: [String: String]
    /// The pattern of ``UIText/longDate``, split once (see ``longDate(_:)``).
    let longDatePattern: DatePattern

    /// A table of `entries` for `language`.
    init(language: String, entries: [String: String]) {
        self.language = language
        self.entries = entries
        longDatePattern = DatePattern(entries[UIText.longDate.rawValue] ?? UIText.longDate.rawValue)
    }

    /// The string for `key`, nil when the table has none.
    subscript(key: String) -> String? { entries[key] }

    /// The string for `key`, its `{name}` placeholders replaced by `values[name]`.
    func text(_ key: UIText, _ values: [String: String] = [:]) -> String {
        let pattern = entries[key.rawValue] ?? key.rawValue
        return values.isEmpty ? pattern : Self.fill(pattern, with: values)
    }

    /// The tables sitegen has, the first being the default.
    static let builtIn: [StringsTable] = [.simplifiedChinese]

    /// The table for `language`: the one with the same tag (ignoring case), else one with the
    /// same primary language (`zh`), else the default (Simplified Chinese).
    static func forLanguage(_ language: String) -> StringsTable {
        let wanted = language.lowercased()
        if let exact = builtIn.first(where: { $0.language.lowercased() == wanted }) { return exact }
        let primary = wanted.split(separator: "-").first.map(String.init) ?? wanted
        return builtIn.first { $0.language.lowercased().split(separator: "-").first.map(String.init) == primary } ?? builtIn[0]
    }

    /// `pattern` with each `{name}` replaced by `values[name]`; unknown names are kept as written.
    static func fill(_ pattern: String, with values: [String: String]) -> String {
        var result = ""
        for piece in pieces(of: pattern) {
            result += piece.text
            if let name = piece.placeholder { result += values[name] ?? "{\(name)}" }
        }
        return result
    }

    /// `pattern` split at its `{name}` placeholders: each piece is the text before one and its
    /// name; the last has no placeholder.
    static func pieces(of pattern: String) -> [(text: String, placeholder: String?)] {
        // Braces are ASCII: looked for among the UTF-8 bytes, not character by character.
        let bytes = pattern.utf8
        var pieces: [(text: String, placeholder: String?)] = []
        var rest = bytes.startIndex
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")),
              let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) {
            pieces.append((String(pattern[rest..<open]), String(pattern[bytes.index(after: open)..<close])))
            rest = bytes.index(after: close)
        }
        pieces.append((String(pattern[rest...]), nil))
        return pieces
    }
}
