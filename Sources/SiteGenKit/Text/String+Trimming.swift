extension String {
    /// The string without leading and trailing white space and line breaks (the characters of
    /// Foundation's `.whitespacesAndNewlines`: Unicode's White_Space and U+200B), without
    /// Foundation's slow path on Linux; returns `self` when there is nothing to trim.
    func trimmingWhitespace() -> String {
        trimming { scalar in
            // ASCII and CJK ideographs (most of what is trimmed here) without a property lookup.
            if scalar.value < 0x80 { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
            if scalar.value >= 0x4E00, scalar.value <= 0x9FFF { return false }
            return scalar.properties.isWhitespace || scalar == "\u{200B}"
        }
    }

    /// The string without leading and trailing spaces and tabs (the same characters as
    /// Foundation's `.whitespaces`: tab, Unicode's space separators and U+200B).
    func trimmingSpaces() -> String {
        trimming { scalar in
            // ASCII and CJK ideographs without a property lookup.
            if scalar.value < 0x80 { return scalar == " " || scalar == "\t" }
            if scalar.value >= 0x4E00, scalar.value <= 0x9FFF { return false }
            return scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
        }
    }

    /// The string without leading and trailing copies of `scalar`.
    func trimmingSpaces(only scalar: Unicode.Scalar) -> String {
        trimming { $0 == scalar }
    }

    /// The string without the leading and trailing scalars `isTrimmed` picks; `self` when
    /// there are none.
    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !isTrimmed(first), !isTrimmed(last) { return self }
        guard let start = scalars.firstIndex(where: { !isTrimmed($0) }),
              let end = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(scalars[start...end])
    }
}
