/// A member's id (`zibo-tech`): its URL slug and how announcements, initiatives and links name it.
struct MemberID: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The id as written.
    let rawValue: String

    /// The id `rawValue`.
    init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    init(stringLiteral value: String) {
        rawValue = value
    }

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    var description: String { rawValue }
}
