import Mustache

/// Renders a template once for a page with stand-ins for the page's values (see
/// ``TemplateShapes``), noting every value swift-mustache asks for and what kind it was: the
/// decisions that make this page's shape, in the order they were made.
final class ShapeRecorder {
    /// The expressions known so far (the shared table's, then this recording's).
    private(set) var expressions: ShapeExpressions
    /// The page's values.
    var values: PageValues
    /// Each expression decided, in order, with what it gave (each once).
    private(set) var decisions: [(expression: Int, outcome: ShapeValue.Outcome)] = []
    private var decided: Set<Int> = []
    /// Whether a value could not be stood in for: the page must render as it is.
    private(set) var failed = false

    /// A recorder for the page whose context is `context`.
    init(context: Any, expressions: ShapeExpressions) {
        self.expressions = expressions
        values = PageValues(context: context, count: expressions.count)
    }

    /// The stand-in for the page's context; nil when it is no object.
    func standInForContext() -> Any? {
        let standIn = standIn(for: 0)
        return standIn is RecordedObject ? standIn : nil
    }

    /// The stand-in for `name` looked up in the object of expression `parent`.
    func child(of parent: Int, named name: String) -> Any? {
        standIn(for: expressions.number(of: ShapeExpression(parent: parent, step: .name(name))))
    }

    /// The stand-in for the transform `name` of the text of expression `parent`.
    func transform(of parent: Int, named name: String) -> Any? {
        standIn(for: expressions.number(of: ShapeExpression(parent: parent, step: .transform(name))))
    }

    /// Marks the recording failed: something swift-mustache did with a stand-in could differ
    /// from what it does with the value.
    func fail() {
        failed = true
    }

    private func standIn(for expression: Int) -> Any? {
        guard !failed, let value = values.value(expression, in: expressions) else {
            failed = true
            return nil
        }
        if decided.insert(expression).inserted { decisions.append((expression, value.outcome)) }
        switch value {
        case .missing: return nil
        case let .flag(flag): return flag
        case .text: return RecordedText(recorder: self, expression: expression)
        case .html: return RecordedHTML(recorder: self, expression: expression)
        case .object: return RecordedObject(recorder: self, expression: expression)
        case let .list(list):
            return (0..<list.shapeCount).map { index -> Any in
                standIn(for: expressions.number(of: ShapeExpression(parent: expression, step: .element(index)))) ?? false
            }
        }
    }
}
