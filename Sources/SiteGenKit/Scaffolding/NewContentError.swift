/// Why `sitegen new` wrote nothing: the errors, each with its location and a hint.
public struct NewContentError: Error, Sendable, CustomStringConvertible {
    /// The errors, in the order found; never empty.
    public var diagnostics: [Diagnostic]

    /// An error made of `diagnostics`.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One error at `location`.
    init(at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.init([.error(at: location, message, hint: hint)])
    }

    /// Each error's first line, `path:line:column: error: message`, one per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
