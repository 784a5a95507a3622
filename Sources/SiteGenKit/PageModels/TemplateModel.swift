import Mustache

/// A value templates read by name — a page, or a thing shown on it — with its fields declared
/// once in ``TemplateFields``. That one declaration is what swift-mustache reads (no dictionary
/// is built; a field is computed when a template asks for it) and what the template reference
/// is generated from (``TemplateReference``).
protocol TemplateModel: TemplateObject {
    /// The model's name in the template reference (`announcement item`).
    static var modelName: String { get }
    /// The fields templates may read.
    static var fields: TemplateFields<Self> { get }
}

extension TemplateModel {
    /// The field `name`: its value; `false` when the field is absent from this value, so that
    /// Mustache does not look the name up in the enclosing values (and show, say, a member's
    /// summary under an announcement); nil for a name that is no field of this model.
    func child(named name: String) -> Any? { Self.fields.value(named: name, of: self) }

    /// The field numbered `number` (named `name`), as ``ShapeValue`` sorts it: found by number
    /// and made without casts.
    func shapeValue(ofField number: Int, named name: String) -> ShapeValue? {
        Self.fields.shapeValue(ofField: number, of: self)
    }
}
