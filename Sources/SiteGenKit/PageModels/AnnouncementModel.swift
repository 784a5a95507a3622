/// `announcement` on its own page: the item's values and the whole text.
struct AnnouncementModel: TemplateModel {
    let item: AnnouncementItemModel
    /// Where the page is, for the body's links.
    let route: Route

    private var announcement: Announcement { item.builder.site.announcements[item.index] }

    static let modelName = "announcement"
    static let fields = TemplateFields<AnnouncementModel>(including: AnnouncementItemModel.self, from: \.item, [
        .html("body", "the text as HTML; emit with `{{{body}}}`") { $0.item.builder.renderBody($0.announcement.body, route: $0.route) },
        .text("author", "who wrote it (`author:` or `authors:`, joined with 、)") { model in
            model.announcement.authors.isEmpty ? nil : model.announcement.authors.joined(separator: model.item.builder.strings.text(.listSeparator))
        },
        .texts("authors", "the same, one name each") { $0.announcement.authors },
        .text("doc_number", "the notice's document number (`doc_number:`, 文号)") { $0.announcement.documentNumber },
        .text("issuer", "who issued it (`issuer:`, 发文单位)") { $0.announcement.issuer },
        .flag("issuance", "whether it has a document number or an issuer, to show under the title") { $0.announcement.documentNumber != nil || $0.announcement.issuer != nil },
        .texts("categories", "`categories:` (kept from other generators; the default theme does not show them)") { $0.announcement.categories },
        .object("source", "`source:`, where it was first published") { $0.announcement.source.map(SourceModel.init) },
        .list("attachments", "its downloads") { model in
            model.announcement.attachments.map { AttachmentModel(attachment: $0, links: model.item.links, strings: model.item.builder.strings, baseURL: model.item.builder.site.config.baseURL) }
        },
    ])
}
