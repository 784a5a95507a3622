/// What a template sees for one page: the values of its kind (`content`) over the values every
/// page has (`common`, a ``CommonPageModel``; a shared chunk's ``ChunkModel``).
struct PageModel: TemplateModel {
    /// The values of the page's kind.
    let content: any TemplateModel
    /// The values every page has.
    let common: any TemplateModel

    static let modelName = "page"
    static let fields = TemplateFields<PageModel>([])

    func child(named name: String) -> Any? {
        content.child(named: name) ?? common.child(named: name)
    }

    func shapeValue(ofField number: Int, named name: String) -> ShapeValue? {
        let value = content.shapeValue(ofField: number, named: name)
        if case .missing? = value { return common.shapeValue(ofField: number, named: name) }
        return value
    }
}
