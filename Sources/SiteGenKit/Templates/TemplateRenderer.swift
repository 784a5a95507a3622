/// Renders a named template with a context: the seam between sitegen and its template engine
/// (``MustacheTemplateRenderer`` in production).
public protocol TemplateRenderer: Sendable {
    /// Whether a template of that name exists.
    func hasTemplate(named name: String) -> Bool
    /// Renders the template `name` with `context`. Values are HTML-escaped unless the template
    /// deliberately asks for raw output.
    func render(template name: String, context: [String: Any]) throws -> String
}

/// A template that could not be rendered.
public struct TemplateRenderError: Error, Sendable, CustomStringConvertible {
    /// The template's name.
    public var template: String
    /// What went wrong.
    public var reason: String

    /// Creates an error.
    public init(template: String, reason: String) {
        self.template = template
        self.reason = reason
    }

    public var description: String { "template '\(template)': \(reason)" }
}
