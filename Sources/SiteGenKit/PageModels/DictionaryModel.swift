/// The values of a page of an added content kind, which its ``ContentKind`` gives as a
/// dictionary (see ``ContentKind/pageValues(ofItem:on:)``).
struct DictionaryModel: TemplateModel {
    let values: [String: Any]

    static let modelName = "values"
    static let fields = TemplateFields<DictionaryModel>([])

    func child(named name: String) -> Any? { values[name] }

    func shapeValue(ofField number: Int, named name: String) -> ShapeValue? { ShapeValue(values[name]) }
}
