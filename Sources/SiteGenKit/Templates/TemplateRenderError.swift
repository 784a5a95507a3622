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
