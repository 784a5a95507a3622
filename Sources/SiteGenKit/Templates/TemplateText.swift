import Mustache

/// A text value as templates see it: shown (and escaped) like a string, and a section over it
/// looks names up in the values around it, as over a string.
///
/// swift-mustache shows a plain `String` through `String(describing:)` after asking whether it
/// is an optional, and looks names up in it through `Mirror`; this value answers both directly,
/// with the same HTML. Transforms (`{{uppercased(title)}}`) apply to its string.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Sendable {
    /// The text.
    let text: String

    /// Wraps `text`.
    init(_ text: String) {
        self.text = text
    }

    var renderText: String { text }
    var isNull: Bool { false }
    func child(named name: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { text.transform(name) }
}
