import Yams

/// A YAML node with its source, able to say where it is.
struct YAMLValue {
    /// The composed node.
    let node: Node
    /// Where the node's text came from.
    let source: YAMLSource

    /// Where the node starts in its file.
    var location: SourceLocation { source.location(of: node.mark) }

    /// Whether the node is an explicit or implicit null (`key:` with no value, `~`, `null`).
    var isNull: Bool {
        guard case let .scalar(scalar) = node else { return false }
        guard scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// Whether the node is a `|` or `>` block scalar, whose text starts on the next line.
    var isBlockScalar: Bool {
        guard case let .scalar(scalar) = node else { return false }
        return scalar.style == .literal || scalar.style == .folded
    }

    /// The scalar text, or nil if the node is a mapping or sequence.
    var scalarText: String? {
        if case let .scalar(scalar) = node { return scalar.string }
        return nil
    }

    /// The elements, or nil if the node is not a sequence.
    var elements: [YAMLValue]? {
        guard case let .sequence(sequence) = node else { return nil }
        return sequence.map { YAMLValue(node: $0, source: source) }
    }

    /// The key–value pairs in document order, or nil if the node is not a mapping.
    var pairs: [(key: YAMLValue, value: YAMLValue)]? {
        guard case let .mapping(mapping) = node else { return nil }
        return mapping.map { (YAMLValue(node: $0.key, source: source), YAMLValue(node: $0.value, source: source)) }
    }

    /// A short description of the node's shape for error messages.
    var kindDescription: String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case let .scalar(scalar):
            if isNull { return "nothing" }
            return "\"\(scalar.string)\""
        }
    }
}
