/// "Did you mean …?" suggestions by edit distance.
enum Suggestions {
    /// The candidates closest to `word` (at most `limit`), if any is close enough to be a likely typo.
    static func closest(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let lowered = word.lowercased()
        let scored = candidates.map { candidate -> (String, Int) in
            (candidate, editDistance(lowered, candidate.lowercased()))
        }
        let threshold = max(1, min(3, (word.count + 2) / 3))
        return scored
            .filter { $0.1 <= threshold || (word.count >= 3 && $0.0.lowercased().hasPrefix(lowered)) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(limit)
            .map(\.0)
    }

    /// A hint such as `did you mean 'title'?`, or nil when nothing is close.
    static func hint(for word: String, in candidates: [String]) -> String? {
        let matches = closest(to: word, in: candidates)
        guard !matches.isEmpty else { return nil }
        return "did you mean " + matches.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }

    /// Levenshtein distance over characters, with adjacent transpositions counted as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            previousPrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}
