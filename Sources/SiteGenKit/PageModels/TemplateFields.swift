/// The fields of a ``TemplateModel``: their names, what they hold, and how to compute them.
struct TemplateFields<Model>: @unchecked Sendable {
    /// One field.
    struct Field {
        /// The name templates use.
        let name: String
        /// What it holds, for the reference.
        let type: TemplateFieldType
        /// What it is, for the reference.
        let summary: String
        /// Its value for a model; nil means absent (`false` to templates).
        let value: (Model) -> Any?
        /// Its value for a model as ``ShapeValue`` sorts it (absent: `false`), made without
        /// casting from `Any`; nil for a value of a kind that it does not sort.
        let shape: (Model) -> ShapeValue?

        /// A field whose shape is sorted from its value.
        init(name: String, type: TemplateFieldType, summary: String, value: @escaping (Model) -> Any?) {
            self.init(name: name, type: type, summary: summary, value: value) { ShapeValue(value($0) ?? false) }
        }

        /// A field whose value is also made as a shape directly.
        init(name: String, type: TemplateFieldType, summary: String, value: @escaping (Model) -> Any?, shape: @escaping (Model) -> ShapeValue?) {
            self.name = name
            self.type = type
            self.summary = summary
            self.value = value
            self.shape = shape
        }
    }

    /// The fields in the order the reference lists them.
    let all: [Field]
    private let positions: [String: Int]
    /// The position of each field by the number of its name (``TemplateFieldNumbers``); -1
    /// where the name is no field of this model.
    private let positionsByNumber: [Int32]

    /// Declares `fields`.
    init(_ fields: [Field]) {
        all = fields
        var positions: [String: Int] = [:]
        var positionsByNumber: [Int32] = []
        for (position, field) in fields.enumerated() where positions[field.name] == nil {
            positions[field.name] = position
            let number = TemplateFieldNumbers.shared.number(of: field.name)
            if number >= positionsByNumber.count {
                positionsByNumber += repeatElement(-1, count: number + 1 - positionsByNumber.count)
            }
            positionsByNumber[number] = Int32(position)
        }
        self.positions = positions
        self.positionsByNumber = positionsByNumber
    }

    /// The value of the field `name` of `model` (absent: `false`), or nil when there is no such field.
    func value(named name: String, of model: Model) -> Any? {
        guard let position = positions[name] else { return nil }
        return all[position].value(model) ?? false
    }

    /// The value of the field whose name has `number` (``TemplateFieldNumbers``) as ``ShapeValue``
    /// sorts it (absent: `false`): `.missing` when there is no such field, nil for a value of a
    /// kind that it does not sort.
    func shapeValue(ofField number: Int, of model: Model) -> ShapeValue? {
        guard number < positionsByNumber.count else { return .missing }
        let position = Int(positionsByNumber[number])
        guard position >= 0 else { return .missing }
        return all[position].shape(model)
    }

    /// These fields followed by `more`.
    func adding(_ more: [Field]) -> TemplateFields { TemplateFields(all + more) }

    /// The fields of `Other`, read from the value `part` of each model.
    init<Other: TemplateModel>(including other: Other.Type, from part: @escaping (Model) -> Other, _ more: [Field] = []) {
        let included = Other.fields.all.map { field in
            Field(name: field.name, type: field.type, summary: field.summary, value: { field.value(part($0)) }, shape: { field.shape(part($0)) })
        }
        self.init(included + more)
    }
}

extension TemplateFields.Field {
    /// Text; nil when absent.
    static func text(_ name: String, _ summary: String, _ value: @escaping (Model) -> String?) -> Self {
        Self(name: name, type: .text, summary: summary, value: { value($0).map(TemplateText.init) }, shape: { value($0).map { .text(TemplateText($0)) } ?? .flag(false) })
    }

    /// A number; nil when absent.
    static func number(_ name: String, _ summary: String, _ value: @escaping (Model) -> Int?) -> Self {
        Self(name: name, type: .number, summary: summary, value: { value($0).map { TemplateText(String($0)) } }, shape: { value($0).map { .text(TemplateText(String($0))) } ?? .flag(false) })
    }

    /// True or false.
    static func flag(_ name: String, _ summary: String, _ value: @escaping (Model) -> Bool) -> Self {
        Self(name: name, type: .flag, summary: summary, value: value, shape: { .flag(value($0)) })
    }

    /// HTML (a string, or a value that renders HTML when shown); nil when absent.
    static func html(_ name: String, _ summary: String, _ value: @escaping (Model) -> Any?) -> Self {
        Self(name: name, type: .html, summary: summary) { model in
            let html = value(model)
            return (html as? String).map(TemplateText.init) ?? html
        }
    }

    /// A list of texts.
    static func texts(_ name: String, _ summary: String, _ value: @escaping (Model) -> [String]) -> Self {
        Self(name: name, type: .texts, summary: summary, value: { value($0).map(TemplateText.init) }, shape: { .list(value($0).map(TemplateText.init)) })
    }

    /// One nested value; nil when absent.
    static func object<Value: TemplateModel>(_ name: String, _ summary: String, _ value: @escaping (Model) -> Value?) -> Self {
        Self(name: name, type: .object(Value.self), summary: summary, value: value, shape: { value($0).map { .object($0) } ?? .flag(false) })
    }

    /// A list of nested values (an empty list is false to templates).
    static func list<Value: TemplateModel>(_ name: String, _ summary: String, _ value: @escaping (Model) -> [Value]) -> Self {
        Self(name: name, type: .list(Value.self), summary: summary, value: value, shape: { .list(value($0)) })
    }
}
