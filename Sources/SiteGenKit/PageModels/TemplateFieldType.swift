/// What a template field holds, as the reference describes it.
enum TemplateFieldType {
    /// Text, HTML-escaped when shown.
    case text
    /// A whole number.
    case number
    /// True or false.
    case flag
    /// HTML, shown with triple braces (`{{{body}}}`).
    case html
    /// A list of texts (`{{#lines}}{{.}}{{/lines}}`).
    case texts
    /// One nested value.
    case object(any TemplateModel.Type)
    /// A list of nested values.
    case list(any TemplateModel.Type)
}
