import Foundation

/// Reads typed fields out of a YAML mapping, reporting every problem with its location.
///
/// Each accessor records its key as known; ``reportUnknownKeys()`` then warns about the keys no
/// accessor asked for, with a "did you mean" hint for near misses such as `titel`.
final class YAMLObject {
    /// The mapping node.
    let value: YAMLValue
    /// What this mapping is, for messages ("front matter", "attachment").
    let what: String
    /// Where problems are reported.
    let diagnostics: DiagnosticBag
    /// The site's UTC offset in minutes, which dates written with another offset are moved to
    /// (`2019-07-10T10:13:16+00:00` is 18:13 at +08:00); mappings inside inherit it.
    var siteOffset = 480
    private var entries: [String: (key: YAMLValue, value: YAMLValue)] = [:]
    private var order: [String] = []
    private var known: [String] = []

    /// Wraps `value`, or reports an error and returns nil if it is not a mapping.
    init?(_ value: YAMLValue, what: String, diagnostics: DiagnosticBag) {
        self.value = value
        self.what = what
        self.diagnostics = diagnostics
        guard let pairs = value.pairs else {
            diagnostics.error(at: value.location, "\(what) must be a mapping of 'key: value' lines, got \(value.kindDescription)", hint: "write one field per line, e.g. title: 联盟大会召开")
            return nil
        }
        for (key, item) in pairs {
            guard let name = key.scalarText else {
                diagnostics.error(at: key.location, "keys in \(what) must be plain names", hint: "write field names such as title or date before the colon")
                continue
            }
            if entries[name] == nil { order.append(name) }
            entries[name] = (key, item)
        }
    }

    /// The keys in document order.
    var keys: [String] { order }

    /// Where the mapping starts.
    var location: SourceLocation { value.location }

    /// Whether `key` is present with a non-null value.
    func has(_ key: String) -> Bool {
        guard let entry = entries[key] else { return false }
        return !entry.value.isNull
    }

    /// Where the value of `key` starts, or where the mapping starts if the key is absent.
    func location(of key: String) -> SourceLocation {
        entries[key]?.value.location ?? value.location
    }

    /// Where the key `key` itself is written.
    func keyLocation(of key: String) -> SourceLocation {
        entries[key]?.key.location ?? value.location
    }

    /// The raw value of `key` (recorded as known), or nil if absent or null.
    func raw(_ key: String, required: Bool = false, expected: String = "a value") -> YAMLValue? {
        if !known.contains(key) { known.append(key) }
        guard let entry = entries[key], !entry.value.isNull else {
            if required {
                let at = entries[key]?.key.location ?? value.location
                diagnostics.error(at: at, "\(what) is missing required field '\(key)'", hint: "add '\(key): …' with \(expected)")
            }
            return nil
        }
        return entry.value
    }

    /// A non-empty string (any scalar is read as its text).
    func string(_ key: String, required: Bool = false) -> String? {
        guard let node = raw(key, required: required, expected: "some text") else { return nil }
        guard let text = node.scalarText else {
            typeError(key, node, expected: "text")
            return nil
        }
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty {
            if required { diagnostics.error(at: node.location, "'\(key)' must not be empty", hint: "write the value after the colon") }
            return nil
        }
        return trimmed
    }

    /// A whole number, optionally within `range`.
    func int(_ key: String, in range: ClosedRange<Int>? = nil, required: Bool = false) -> Int? {
        guard let node = raw(key, required: required, expected: "a whole number") else { return nil }
        guard let text = node.scalarText, let number = Int(text.trimmingSpaces()) else {
            typeError(key, node, expected: "a whole number")
            return nil
        }
        if let range, !range.contains(number) {
            diagnostics.error(at: node.location, "'\(key)' must be between \(range.lowerBound) and \(range.upperBound), got \(number)", hint: "choose a number in that range")
            return nil
        }
        return number
    }

    /// A number, whole or decimal.
    func number(_ key: String, required: Bool = false) -> Double? {
        guard let node = raw(key, required: required, expected: "a number") else { return nil }
        guard let text = node.scalarText, let number = Double(text.trimmingSpaces()), number.isFinite else {
            typeError(key, node, expected: "a number")
            return nil
        }
        return number
    }

    /// A year (`2025`) or a date (`2025-09-29`): the year, and the text as written.
    func yearOrDate(_ key: String, required: Bool = false) -> (year: Int, text: String)? {
        guard let node = raw(key, required: required, expected: "a year like 2025 or a date like 2025-09-29") else { return nil }
        let text = node.scalarText?.trimmingSpaces() ?? ""
        if let year = Int(text), (1900...2200).contains(year) { return (year, text) }
        if let date = SiteDate(parsing: text) { return (date.year, date.isoDate) }
        diagnostics.error(at: node.location, "'\(key)' must be a year like 2025 or a date like 2025-09-29, got \(node.kindDescription)", hint: "write a four-digit year or YYYY-MM-DD")
        return nil
    }

    /// Markdown text in a string field, with the number of file lines before its first line.
    func markdown(_ key: String) -> (text: String, lineOffset: Int)? {
        guard let node = raw(key, expected: "Markdown text") else { return nil }
        guard let text = node.scalarText else {
            typeError(key, node, expected: "Markdown text (use 'key: |' and indented lines)")
            return nil
        }
        let line = node.location.line
        return (text, node.isBlockScalar ? line : max(0, line - 1))
    }

    /// `true` or `false` (also `yes`/`no`).
    func bool(_ key: String) -> Bool? {
        guard let node = raw(key, expected: "true or false") else { return nil }
        switch node.scalarText?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            typeError(key, node, expected: "true or false")
            return nil
        }
    }

    /// A date like `2025-09-29`, optionally with a time.
    func date(_ key: String, required: Bool = false) -> SiteDate? {
        guard let node = raw(key, required: required, expected: "a date like 2025-09-29") else { return nil }
        guard let text = node.scalarText, let date = SiteDate(parsing: text) ?? SiteDate(parsingZoned: text, siteOffset: siteOffset) else {
            let padded = node.scalarText.flatMap(SiteDate.zeroPadded)
            diagnostics.error(
                at: node.location,
                "'\(key)' must be a date like 2025-09-29, got \(node.kindDescription)",
                hint: padded.map { "write it with two-digit month and day: \($0)" } ?? "write the date as YYYY-MM-DD, optionally followed by a time as HH:MM (and a UTC offset such as +08:00)"
            )
            return nil
        }
        return date
    }

    /// A list of strings; a single string is taken as a list of one.
    func stringList(_ key: String) -> [(text: String, location: SourceLocation)] {
        guard let node = raw(key, expected: "a list such as [a, b]") else { return [] }
        if let text = node.scalarText {
            let trimmed = text.trimmingSpaces()
            return trimmed.isEmpty ? [] : [(trimmed, node.location)]
        }
        guard let elements = node.elements else {
            typeError(key, node, expected: "a list such as [a, b]")
            return []
        }
        var result: [(String, SourceLocation)] = []
        for element in elements {
            guard let text = element.scalarText, !element.isNull else {
                diagnostics.error(at: element.location, "each entry of '\(key)' must be text, got \(element.kindDescription)", hint: "write the entries as [a, b] or one per line starting with '- '")
                continue
            }
            let trimmed = text.trimmingSpaces()
            if !trimmed.isEmpty { result.append((trimmed, element.location)) }
        }
        return result
    }

    /// A nested mapping.
    func object(_ key: String, what: String? = nil, required: Bool = false) -> YAMLObject? {
        guard let node = raw(key, required: required, expected: "a mapping") else { return nil }
        guard node.pairs != nil else {
            typeError(key, node, expected: "a mapping of 'key: value' lines")
            return nil
        }
        let object = YAMLObject(node, what: what ?? "'\(key)'", diagnostics: diagnostics)
        object?.siteOffset = siteOffset
        return object
    }

    /// A list of mappings.
    func objectList(_ key: String, what: String) -> [YAMLObject] {
        guard let node = raw(key, expected: "a list") else { return [] }
        guard let elements = node.elements else {
            typeError(key, node, expected: "a list of entries starting with '- '")
            return []
        }
        return elements.compactMap { element in
            let object = YAMLObject(element, what: what, diagnostics: diagnostics)
            object?.siteOffset = siteOffset
            return object
        }
    }

    /// Warns about keys that no accessor asked for.
    func reportUnknownKeys() {
        for key in order where !known.contains(key) {
            let suggestion = Suggestions.hint(for: key, in: known)
            diagnostics.warning(
                at: keyLocation(of: key),
                "unknown field '\(key)' in \(what)",
                hint: suggestion ?? "known fields: \(known.joined(separator: ", "))"
            )
        }
    }

    private func typeError(_ key: String, _ node: YAMLValue, expected: String) {
        diagnostics.error(at: node.location, "'\(key)' must be \(expected), got \(node.kindDescription)", hint: Self.hint(forExpected: expected, key: key))
    }

    private static func hint(forExpected expected: String, key: String) -> String {
        if expected.hasPrefix("text") { return "write the text on the same line, e.g. \(key): 联盟大会召开; quote it if it contains ': '" }
        if expected.hasPrefix("a list") { return "write a list as [a, b] or as lines starting with '- '" }
        if expected.hasPrefix("true or false") { return "write true or false" }
        if expected.hasPrefix("a whole number") { return "write digits only, e.g. \(key): 10" }
        if expected.hasPrefix("a number") { return "write digits, e.g. \(key): 2 or \(key): 1.5" }
        if expected.hasPrefix("a mapping") { return "write the fields on the following lines, indented below '\(key):'" }
        if expected.hasPrefix("Markdown") { return "write '\(key): |' and the text on the following, indented lines" }
        return "see the README for the field's format"
    }
}
