/// A Mustache tag that names something, with where it stands in the template's text.
struct TemplateTag: Equatable {
    /// What the tag does with its name.
    enum Kind: Equatable {
        /// `{{name}}`, `{{{name}}}`, `{{&name}}`.
        case variable
        /// `{{#name}}`.
        case section
        /// `{{^name}}`.
        case invertedSection
        /// `{{/name}}`.
        case closing
        /// `{{>name}}`.
        case partial
        /// `{{<name}}`.
        case parent
        /// `{{$name}}`.
        case block
    }

    var kind: Kind
    /// The name as written, without spaces around it.
    var name: String
    /// The tag's line (1-based).
    var line: Int
    /// The tag's column (1-based, in Unicode scalars).
    var column: Int

    /// The tags of `text` in order, comments and pragmas left out; nil when the template changes
    /// its delimiters (`{{=<% %>=}}`), whose tags this does not follow.
    static func scan(_ text: String) -> [TemplateTag]? {
        let scalars = Array(text.unicodeScalars)
        var tags: [TemplateTag] = []
        var line = 1
        var lineStart = 0
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\n" {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" else {
                index += 1
                continue
            }
            let tagLine = line
            let tagColumn = index - lineStart + 1
            var position = index + 2
            var kind: Kind? = .variable
            var triple = false
            if position < scalars.count {
                switch scalars[position] {
                case "{": triple = true; position += 1
                case "&": position += 1
                case "#": kind = .section; position += 1
                case "^": kind = .invertedSection; position += 1
                case "/": kind = .closing; position += 1
                case ">": kind = .partial; position += 1
                case "<": kind = .parent; position += 1
                case "$": kind = .block; position += 1
                case "!", "%": kind = nil; position += 1
                case "=": return nil
                default: break
                }
            }
            var name = String.UnicodeScalarView()
            while position + 1 < scalars.count, !(scalars[position] == "}" && scalars[position + 1] == "}") {
                if scalars[position] == "\n" {
                    line += 1
                    lineStart = position + 1
                }
                name.append(scalars[position])
                position += 1
            }
            index = min(scalars.count, position + (triple ? 3 : 2))
            let trimmed = String(name).trimmingSpaces()
            if let kind, !trimmed.isEmpty, !(kind == .partial && trimmed.hasPrefix("*")) {
                tags.append(TemplateTag(kind: kind, name: trimmed, line: tagLine, column: tagColumn))
            }
        }
        return tags
    }
}
