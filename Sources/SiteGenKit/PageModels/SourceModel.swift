/// `source`: where an announcement was first published.
struct SourceModel: TemplateModel {
    let source: ExternalSource

    static let modelName = "source"
    static let fields = TemplateFields<SourceModel>([
        .text("name", "the publisher") { $0.source.name },
        .text("url", "the original, when it is a web address") { model in model.source.url.flatMap { URLSchemes.isWebURL($0) ? $0 : nil } },
    ])
}
