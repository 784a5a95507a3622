/// How a template reached a value from the page's context: the context itself, then a name
/// looked up in a value, an element of a list, or a transform of a text. Expressions are numbered
/// in a ``ShapeExpressions`` table; a parent's number is always below its children's.
struct ShapeExpression: Hashable, Sendable {
    /// One step from the parent's value.
    enum Step: Hashable, Sendable {
        /// `child(named:)` of an object.
        case name(String)
        /// The element at an index of a list.
        case element(Int)
        /// A transform of a text (`uppercased(title)`).
        case transform(String)
    }

    /// The expression this one starts from; -1 for the context.
    var parent: Int
    /// The step from it; nil for the context.
    var step: Step?

    /// The page's context.
    static let context = ShapeExpression(parent: -1, step: nil)
}

/// Expressions by number, each once.
struct ShapeExpressions: Sendable {
    private(set) var all: [ShapeExpression] = [.context]
    private var numbers: [ShapeExpression: Int] = [.context: 0]
    /// For each expression that names a field, the number of the name
    /// (``TemplateFieldNumbers``); -1 for the others.
    private var fieldNumbers: [Int] = [-1]

    /// The number of `expression`, which is numbered next if it is new.
    mutating func number(of expression: ShapeExpression) -> Int {
        if let number = numbers[expression] { return number }
        all.append(expression)
        numbers[expression] = all.count - 1
        if case let .name(name)? = expression.step {
            fieldNumbers.append(TemplateFieldNumbers.shared.number(of: name))
        } else {
            fieldNumbers.append(-1)
        }
        return all.count - 1
    }

    /// The number of the field name of expression `number` (see ``TemplateFieldNumbers``).
    func fieldNumber(of number: Int) -> Int { fieldNumbers[number] }

    /// How many expressions.
    var count: Int { all.count }

    subscript(number: Int) -> ShapeExpression { all[number] }
}
