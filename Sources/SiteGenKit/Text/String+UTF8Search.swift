extension String {
    /// The first occurrence of `needle`, compared byte for byte as UTF-8 (no locale, no
    /// normalisation: the fast path Foundation's `range(of:)` lacks on Linux).
    func utf8Range(of needle: String) -> Range<String.Index>? {
        let haystack = utf8
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        var start = haystack.startIndex
        while let candidate = haystack[start...].firstIndex(of: first) {
            var end = candidate
            var matched = 0
            while matched < pattern.count, end != haystack.endIndex, haystack[end] == pattern[matched] {
                matched += 1
                haystack.formIndex(after: &end)
            }
            if matched == pattern.count { return candidate..<end }
            start = haystack.index(after: candidate)
        }
        return nil
    }
}
