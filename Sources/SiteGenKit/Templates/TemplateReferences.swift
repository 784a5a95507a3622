import Foundation

/// Finds `{{> partial}}` and `{{< parent}}` tags in template text, with their positions.
enum TemplateReferences {
    struct Tag: Equatable {
        var name: String
        var isParent: Bool
        var line: Int
        var column: Int
    }

    static func scan(_ text: String) -> [Tag] {
        var references: [Tag] = []
        var line = 1
        var column = 1
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "{", index + 2 < scalars.count, scalars[index + 1] == "{", scalars[index + 2] == ">" || scalars[index + 2] == "<" {
                let isParent = scalars[index + 2] == "<"
                var end = index + 3
                var name = ""
                while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") {
                    name.unicodeScalars.append(scalars[end])
                    end += 1
                }
                let trimmed = name.trimmingSpaces()
                if !trimmed.isEmpty, !trimmed.hasPrefix("*") {
                    references.append(Tag(name: trimmed, isParent: isParent, line: line, column: column))
                }
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        return references
    }
}
