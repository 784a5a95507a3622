/// A free page (`page`).
struct FreePageModel: TemplateModel {
    let content: FreePageContentModel

    static let modelName = "page page"
    static let fields = TemplateFields<FreePageModel>([
        .object("page", "the page") { $0.content },
    ])
}
