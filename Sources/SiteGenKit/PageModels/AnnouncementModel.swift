/// `announcement` on its own page: the item's values and the whole text.
struct AnnouncementModel: TemplateModel {
    let item: AnnouncementItemModel
    /// Where the page is, for the body's links.
    let route: Route

    private var announcement: Announcement { item.builder.site.announcements[item.index] }

    static let modelName = "announcement"
    static let fields = TemplateFields<AnnouncementModel>(including: AnnouncementItemModel.self, from: \.item, [
        .html("body", "the text as HTML; emit with `{{{body}}}`") { $0.item.builder.renderBody($0.announcement.body, route: $0.route) },
        .text("author", "`author:`") { $0.announcement.author },
        .object("source", "`source:`, where it was first published") { $0.announcement.source.map(SourceModel.init) },
        .list("attachments", "its downloads") { model in
            model.announcement.attachments.map { AttachmentModel(attachment: $0, links: model.item.links, strings: model.item.builder.strings) }
        },
    ])
}

/// `source`: where an announcement was first published.
struct SourceModel: TemplateModel {
    let source: ExternalSource

    static let modelName = "source"
    static let fields = TemplateFields<SourceModel>([
        .text("name", "the publisher") { $0.source.name },
        .text("url", "the original, when it is a web address") { model in model.source.url.flatMap { PageContextBuilder.isWebURL($0) ? $0 : nil } },
    ])
}

/// A download of an announcement.
struct AttachmentModel: TemplateModel {
    let attachment: Attachment
    let links: Links
    let strings: StringsTable

    static let modelName = "attachment"
    static let fields = TemplateFields<AttachmentModel>([
        .text("title", "what it is") { $0.attachment.title },
        .text("href", "the file") { $0.links.href(Routes.file($0.attachment.file)) },
        .text("type", "its kind as readers name it (PDF, Word, 压缩包)") { Formatting.fileKind($0.attachment.file, strings: $0.strings) },
        .text("extension", "its file extension") { Path.fileExtension($0.attachment.file) },
        .text("size", "its size (1.2 MB)") { Formatting.fileSize($0.attachment.size) },
        .text("file_name", "its file name, for `download=`") { Path.lastComponent($0.attachment.file) },
    ])
}

/// The announcement before or after this one (`previous`, `next`).
struct AnnouncementLinkModel: TemplateModel {
    let builder: PageContextBuilder
    let index: Int
    let links: Links

    private var announcement: Announcement { builder.site.announcements[index] }

    static let modelName = "neighbouring announcement"
    static let fields = TemplateFields<AnnouncementLinkModel>([
        .text("title", "its title") { $0.announcement.title },
        .text("href", "its page") { $0.links.href(Routes.announcement(slug: $0.announcement.slug)) },
        .text("date", "its date, as readers write dates") { $0.builder.displayDate($0.announcement.date) },
        .text("date_iso", "the same, as YYYY-MM-DD") { $0.announcement.date.isoDate },
    ])
}
