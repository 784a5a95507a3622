extension String {
    /// The string without leading and trailing white space and line breaks (the characters of
    /// Foundation's `.whitespacesAndNewlines`: Unicode's White_Space and U+200B), without
    /// Foundation's slow path on Linux; returns `self` when there is nothing to trim.
    func trimmingWhitespace() -> String {
        func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isWhitespace || scalar == "\u{200B}"
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !isWhitespace(first), !isWhitespace(last) { return self }
        guard let start = scalars.firstIndex(where: { !isWhitespace($0) }),
              let end = scalars.lastIndex(where: { !isWhitespace($0) }) else { return "" }
        return String(scalars[start...end])
    }

    /// The string without leading and trailing spaces and tabs (the same characters as
    /// Foundation's `.whitespaces`: tab, Unicode's space separators and U+200B).
    func trimmingSpaces() -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !isSpace(first), !isSpace(last) { return self }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[start...end])
    }
}

extension String {
    /// The string without leading and trailing copies of `scalar`.
    func trimmingSpaces(only scalar: Unicode.Scalar) -> String {
        let scalars = unicodeScalars
        guard scalars.first == scalar || scalars.last == scalar else { return self }
        guard let start = scalars.firstIndex(where: { $0 != scalar }),
              let end = scalars.lastIndex(where: { $0 != scalar }) else { return "" }
        return String(scalars[start...end])
    }
}
