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
    }

    /// The fields in the order the reference lists them.
    let all: [Field]
    private let positions: [String: Int]

    /// Declares `fields`.
    init(_ fields: [Field]) {
        all = fields
        var positions: [String: Int] = [:]
        for (position, field) in fields.enumerated() where positions[field.name] == nil {
            positions[field.name] = position
        }
        self.positions = positions
    }

    /// The value of the field `name` of `model` (absent: `false`), or nil when there is no such field.
    func value(named name: String, of model: Model) -> Any? {
        guard let position = positions[name] else { return nil }
        return all[position].value(model) ?? false
    }

    /// These fields followed by `more`.
    func adding(_ more: [Field]) -> TemplateFields { TemplateFields(all + more) }

    /// The fields of `Other`, read from the value `part` of each model.
    init<Other: TemplateModel>(including other: Other.Type, from part: @escaping (Model) -> Other, _ more: [Field] = []) {
        let included = Other.fields.all.map { field in
            Field(name: field.name, type: field.type, summary: field.summary) { field.value(part($0)) }
        }
        self.init(included + more)
    }
}

extension TemplateFields.Field {
    /// Text; nil when absent.
    static func text(_ name: String, _ summary: String, _ value: @escaping (Model) -> String?) -> Self {
        Self(name: name, type: .text, summary: summary) { value($0).map(TemplateText.init) }
    }

    /// A number; nil when absent.
    static func number(_ name: String, _ summary: String, _ value: @escaping (Model) -> Int?) -> Self {
        Self(name: name, type: .number, summary: summary) { value($0).map { TemplateText(String($0)) } }
    }

    /// True or false.
    static func flag(_ name: String, _ summary: String, _ value: @escaping (Model) -> Bool) -> Self {
        Self(name: name, type: .flag, summary: summary, value: value)
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
        Self(name: name, type: .texts, summary: summary) { value($0).map(TemplateText.init) }
    }

    /// One nested value; nil when absent.
    static func object<Value: TemplateModel>(_ name: String, _ summary: String, _ value: @escaping (Model) -> Value?) -> Self {
        Self(name: name, type: .object(Value.self), summary: summary, value: value)
    }

    /// A list of nested values (an empty list is false to templates).
    static func list<Value: TemplateModel>(_ name: String, _ summary: String, _ value: @escaping (Model) -> [Value]) -> Self {
        Self(name: name, type: .list(Value.self), summary: summary, value: value)
    }
}
