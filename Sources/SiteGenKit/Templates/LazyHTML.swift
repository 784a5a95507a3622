import Mustache

/// HTML that a template emits with triple braces (`{{{chrome.header}}}`), produced only if the
/// template asks for it.
struct LazyHTML: MustacheCustomRenderable, @unchecked Sendable {
    private let produce: () -> String

    /// A value whose HTML `produce` makes when a template shows it.
    init(_ produce: @escaping () -> String) {
        self.produce = produce
    }

    var renderText: String { produce() }
    var isNull: Bool { false }
}
