import Foundation
import SiteGenKit

/// A message on the events endpoint, in the server-sent events format.
enum LiveEvent: Sendable, Equatable {
    /// A good build is served: pages of an older one reload.
    case reload(build: Int)
    /// The last rebuild failed: its problems, and the overlay that shows them.
    case errors(build: Int, diagnostics: [Diagnostic])
    /// A comment that keeps the connection open and tells a closed one apart.
    case keepAlive

    /// What the `data:` line of an `errors` event holds.
    struct ErrorsPayload: Codable, Equatable {
        /// One problem.
        struct Problem: Codable, Equatable {
            var file: String
            var line: Int
            var column: Int
            var severity: String
            var message: String
            var hint: String?
        }
        /// The good build still served.
        var build: Int
        var errors: [Problem]
        /// The overlay's HTML (see ``ErrorOverlay``).
        var overlay: String
    }

    /// The event as sent: `event:` and `data:` lines and a blank line.
    var encoded: Data {
        switch self {
        case .reload(let build):
            return Data("event: reload\ndata: {\"build\":\(build)}\n\n".utf8)
        case .errors(let build, let diagnostics):
            let payload = ErrorsPayload(
                build: build,
                errors: diagnostics.map {
                    .init(file: $0.location.path, line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue, message: $0.message, hint: $0.hint)
                },
                overlay: ErrorOverlay.html(for: diagnostics)
            )
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            // JSON without pretty-printing is one line: newlines in strings are written as \n.
            let json = (try? encoder.encode(payload)).map { String(decoding: $0, as: UTF8.self) } ?? "{\"build\":\(build),\"errors\":[],\"overlay\":\"\"}"
            return Data("event: errors\ndata: \(json)\n\n".utf8)
        case .keepAlive:
            return Data(": keep-alive\n\n".utf8)
        }
    }
}
