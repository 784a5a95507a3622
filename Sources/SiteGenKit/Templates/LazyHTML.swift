import Mustache

/// HTML that a template emits with triple braces (`{{{chrome.header}}}`), produced only if the
/// template asks for it.
struct LazyHTML: MustacheCustomRenderable, @unchecked Sendable {
    private let produce: () -> String
    private let appendTo: ((inout [UInt8]) -> Void)?

    /// A value whose HTML `produce` makes when a template shows it.
    init(_ produce: @escaping () -> String) {
        self.produce = produce
        appendTo = nil
    }

    /// A value whose HTML `append` adds, as UTF-8, to the end of a page being rendered (without
    /// a string of its own), or `produce` makes where a string is needed.
    init(_ produce: @escaping () -> String, append: @escaping (inout [UInt8]) -> Void) {
        self.produce = produce
        appendTo = append
    }

    var renderText: String { produce() }
    var isNull: Bool { false }

    /// Adds the HTML to the end of `output`.
    func append(to output: inout [UInt8]) {
        if let appendTo { appendTo(&output) } else { output.append(contentsOf: produce().utf8) }
    }
}
