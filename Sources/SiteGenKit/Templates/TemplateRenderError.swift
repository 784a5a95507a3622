/// A template that could not be rendered.
struct TemplateRenderError: Error, Sendable, CustomStringConvertible {
    /// The template's name.
    var template: String
    /// What went wrong.
    var reason: String

    /// Creates an error.
    init(template: String, reason: String) {
        self.template = template
        self.reason = reason
    }

    var description: String { "template '\(template)': \(reason)" }
}
