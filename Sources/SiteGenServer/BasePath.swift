/// The sub-path a preview serves the site under, such as `/alliance/`: always starting and
/// ending with `/`; `/` serves the site at the root.
public struct BasePath: Hashable, Sendable, CustomStringConvertible {
    /// The path with its leading and trailing `/`.
    public let value: String

    /// `/`: the site at the server's root.
    public static let root = BasePath(checked: "/")

    /// Reads `text` (`/alliance/`, `alliance`, `/alliance` or `/`), adding the slashes it lacks.
    /// Throws ``ServeError/invalidBasePath(_:reason:)`` for empty segments, `.` or `..`,
    /// and characters that have a meaning in URLs (`?`, `#`, `%`, `\`) or are spaces or controls.
    public init(_ text: String) throws {
        let segments = text.split(separator: "/", omittingEmptySubsequences: false)
        let inner = segments.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed()
        for segment in inner {
            if segment.isEmpty {
                throw ServeError.invalidBasePath(text, reason: "it has an empty segment ('//')")
            }
            if segment == "." || segment == ".." {
                throw ServeError.invalidBasePath(text, reason: "it has a '\(segment)' segment")
            }
            if let bad = segment.unicodeScalars.first(where: { "?#%\\".unicodeScalars.contains($0) || $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
                let shown = bad.properties.isWhitespace || bad.value < 0x20 || bad.value == 0x7F ? "a space or control character" : "'\(bad)'"
                throw ServeError.invalidBasePath(text, reason: "it contains \(shown)")
            }
        }
        self.init(checked: inner.isEmpty ? "/" : "/" + inner.joined(separator: "/") + "/")
    }

    private init(checked value: String) {
        self.value = value
    }

    /// The path with its leading and trailing `/`.
    public var description: String { value }
}
