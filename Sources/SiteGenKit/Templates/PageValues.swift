import Mustache

/// The values one page gives a template's expressions, each read once and kept.
struct PageValues {
    private let context: Any
    private var values: [ShapeValue?]
    private var read: [Bool]

    /// The values of `context` for expressions numbered below `count` (more may be asked for
    /// later: the table may grow while a template is recorded).
    init(context: Any, count: Int) {
        self.context = context
        values = Array(repeating: nil, count: count)
        read = Array(repeating: false, count: count)
    }

    /// The value of expression `number` of `expressions`; nil when it is of a kind that
    /// ``ShapeValue`` does not sort (or its parent is).
    mutating func value(_ number: Int, in expressions: ShapeExpressions) -> ShapeValue? {
        if number >= read.count {
            values += Array(repeating: nil, count: number + 1 - read.count)
            read += Array(repeating: false, count: number + 1 - read.count)
        }
        if read[number] { return values[number] }
        let value = compute(number, in: expressions)
        values[number] = value
        read[number] = true
        return value
    }

    private mutating func compute(_ number: Int, in expressions: ShapeExpressions) -> ShapeValue? {
        let expression = expressions[number]
        guard let step = expression.step else { return ShapeValue(context) }
        let parent = value(expression.parent, in: expressions)
        switch (step, parent) {
        case let (.name(name), .object(object)?):
            return object.shapeValue(ofField: expressions.fieldNumber(of: number), named: name)
        case let (.element(index), .list(list)?):
            return index < list.shapeCount ? ShapeValue(list.shapeElement(at: index)) : nil
        case let (.transform(name), .text(text)?):
            switch text.transform(name) {
            case nil: return .missing
            case let string as String: return .text(TemplateText(string))
            case let flag as Bool: return .flag(flag)
            default: return nil
            }
        default:
            return nil
        }
    }
}
