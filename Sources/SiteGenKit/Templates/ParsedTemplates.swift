import Foundation
import Mustache

/// Parsed templates by their source text, shared by every build in the process, so that a
/// rebuild (or a test running thousands of builds) does not parse an unchanged theme again.
final class ParsedTemplates: @unchecked Sendable {
    static let shared = ParsedTemplates()

    /// More distinct sources than this (a theme is about 30, its folded copies up to about 100 more)
    /// and the cache starts afresh, so that a long preview session does not keep every version.
    private static let capacity = 1_000
    private let lock = NSLock()
    private var templates: [String: MustacheTemplate] = [:]

    /// The parsed template for `source`; throws the parser's error for invalid text.
    func template(for source: String) throws -> MustacheTemplate {
        if let cached = lock.withLock({ templates[source] }) { return cached }
        let parsed = try MustacheTemplate(string: source)
        lock.withLock {
            if templates.count >= Self.capacity { templates.removeAll() }
            templates[source] = parsed
        }
        return parsed
    }
}
