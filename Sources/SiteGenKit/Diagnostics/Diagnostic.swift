/// One problem found in the input: where, how bad, what is wrong and how to fix it.
public struct Diagnostic: Hashable, Sendable, Error, CustomStringConvertible, Codable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Comparable, Codable {
        /// Worth knowing; does not fail a build unless `--strict`.
        case warning
        /// Fails the build.
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// How serious it is.
    public var severity: Severity
    /// Where it is.
    public var location: SourceLocation
    /// What is wrong, in one sentence without a final period.
    public var message: String
    /// How to fix it, when there is something useful to say.
    public var hint: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// An error at `location`.
    public static func error(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    /// A warning at `location`.
    public static func warning(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    /// `path:line:column: severity: message`, the first line a compiler would print.
    public var description: String {
        "\(location): \(severity.rawValue): \(message)"
    }
}
