/// Hands out unique heading ids within one document: `id`, then `id-2`, `id-3`, …
struct HeadingIDs {
    private var used: Set<String> = []

    /// A unique id based on `base` (`section` when `base` is empty).
    mutating func claim(_ base: String) -> String {
        let base = base.isEmpty ? "section" : base
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
