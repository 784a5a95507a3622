/// Values still built as a dictionary by ``PageContextBuilder`` (the member, initiative and
/// report pages, which have no typed model yet); absent values are `false` there by convention.
struct LegacyValuesModel: TemplateModel {
    let values: [String: Any]

    static let modelName = "values"
    static let fields = TemplateFields<LegacyValuesModel>([])

    func child(named name: String) -> Any? { values[name] }
}
