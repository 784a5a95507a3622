import Foundation

/// A fixed set of choices editors may write in Chinese or by an English key — member types,
/// council roles, initiative statuses — ordered as declared.
protocol BilingualChoice: CaseIterable, Comparable, RawRepresentable, Sendable where RawValue == String, AllCases == [Self] {
    /// How editors write it in Chinese, e.g. 技工院校 (what pages show comes from the strings table).
    var chineseSpelling: String { get }
    /// Other Chinese spellings accepted on input.
    var alternativeNames: [String] { get }
    /// Every accepted spelling, in the order hints list them.
    static var spellings: [String] { get }
}

extension BilingualChoice {
    var alternativeNames: [String] { [] }

    static var spellings: [String] { allCases.flatMap { [$0.chineseSpelling, $0.rawValue] } }

    /// Reads a choice written in Chinese or as its English key (case, `_` and spaces ignored).
    init?(written text: String) {
        let key = String(text.trimmingSpaces().lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
        guard let match = Self.allCases.first(where: {
            $0.rawValue == key || $0.chineseSpelling == text || $0.alternativeNames.contains(text)
        }) else { return nil }
        self = match
    }

    /// Declaration order.
    static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
