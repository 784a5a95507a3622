import Yams

/// YAML text from a file, composed into nodes that remember their line and column.
///
/// Front matter starts below the opening `---`, so `lineOffset` shifts every mark to the line
/// it has in the whole file.
struct YAMLSource {
    /// The file the YAML came from, relative to the site root.
    var path: String
    /// Lines before the YAML text in its file.
    var lineOffset: Int

    /// Creates a source for text in `path` that starts after `lineOffset` lines.
    init(path: String, lineOffset: Int = 0) {
        self.path = path
        self.lineOffset = lineOffset
    }

    /// Composes `text` into a node tree; reports syntax errors to `diagnostics` and returns nil.
    ///
    /// Empty text yields an empty mapping.
    func compose(_ text: String, diagnostics: DiagnosticBag) -> YAMLValue? {
        do {
            guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8) else {
                return YAMLValue(node: Node([(Node, Node)]()), source: self)
            }
            // Only aliases (`*name`) make a document hold more than its text: without a `*`
            // there is nothing to count.
            var budget = Self.maximumValues
            guard !text.utf8.contains(UInt8(ascii: "*")) || Self.fits(node, budget: &budget) else {
                diagnostics.error(
                    at: SourceLocation(path: path, line: lineOffset + 1, column: 1),
                    "YAML has more than \(Self.maximumValues) values once its aliases are expanded",
                    hint: "remove the anchors (&name) and aliases (*name), or split the file"
                )
                return nil
            }
            return YAMLValue(node: node, source: self)
        } catch let error as YamlError {
            diagnostics.report(diagnostic(for: error, text: text))
            return nil
        } catch {
            diagnostics.error(at: SourceLocation(path: path, line: lineOffset + 1, column: 1), "YAML cannot be read: \(error)")
            return nil
        }
    }

    /// The most values one YAML document may hold, counting every alias as a copy: a guard
    /// against "billion laughs" documents whose aliases expand exponentially.
    static let maximumValues = 200_000

    private static func fits(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .scalar, .alias:
            return true
        case let .sequence(sequence):
            for element in sequence where !fits(element, budget: &budget) { return false }
            return true
        case let .mapping(mapping):
            for (key, value) in mapping where !fits(key, budget: &budget) || !fits(value, budget: &budget) { return false }
            return true
        }
    }

    /// The location of `mark` in the whole file.
    func location(of mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: lineOffset + 1, column: 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    /// Where `key` is written the second time in the mapping that starts at `mark`.
    private func duplicateLocation(of key: String, in text: String, mapping mark: Mark) -> SourceLocation? {
        guard !key.isEmpty, !text.isEmpty else { return nil }
        let indentation = String(repeating: " ", count: max(0, mark.column - 1))
        var seen = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 >= mark.line {
            guard line.hasPrefix(indentation) else { continue }
            let rest = line.dropFirst(indentation.count)
            guard rest.first != " " else { continue }
            let body = rest.hasPrefix("- ") && index + 1 == mark.line ? rest.dropFirst(2) : rest
            if body.hasPrefix(key + ":") || body.hasPrefix("\"\(key)\":") || body.hasPrefix("'\(key)':") {
                seen += 1
                if seen == 2 { return SourceLocation(path: path, line: index + 1 + lineOffset, column: mark.column) }
            }
        }
        return nil
    }

    private func diagnostic(for error: YamlError, text: String) -> Diagnostic {
        let hint = "check the indentation and quoting; text containing ': ' or starting with a special character (such as [ { * & ! | > ' \" % @) must be quoted"
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line + lineOffset))" }
            return .error(at: location(of: mark), message, hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(
                at: duplicateLocation(of: duplicates.first ?? "", in: text, mapping: context.mark) ?? location(of: context.mark),
                "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in this mapping",
                hint: "each key may appear only once; remove or rename the repeated one"
            )
        case .reader(let problem, _, _, _):
            return .error(at: SourceLocation(path: path, line: lineOffset + 1, column: 1), "YAML cannot be read: \(problem)", hint: "save the file as UTF-8")
        default:
            return .error(at: SourceLocation(path: path, line: lineOffset + 1, column: 1), "YAML cannot be read: \(error)")
        }
    }
}
