/// Renders a named template with a context: the seam between sitegen and its template engine
/// (``MustacheTemplateRenderer`` in production).
protocol TemplateRenderer: Sendable {
    /// Whether a template of that name exists.
    func hasTemplate(named name: String) -> Bool
    /// Renders the template `name` with `context`. Values are HTML-escaped unless the template
    /// deliberately asks for raw output.
    func render(template name: String, context: Any) throws -> String
    /// ``render(template:context:)`` as UTF-8: what pages are written as.
    func renderUTF8(template name: String, context: Any) throws -> [UInt8]
}

extension TemplateRenderer {
    func renderUTF8(template name: String, context: Any) throws -> [UInt8] {
        Array(try render(template: name, context: context).utf8)
    }
}
