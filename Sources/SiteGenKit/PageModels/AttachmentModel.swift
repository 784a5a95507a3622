/// A download of an announcement.
struct AttachmentModel: TemplateModel {
    let attachment: Attachment
    let links: Links
    let strings: StringsTable
    /// The site's `base_url`, for the attachment's absolute URL.
    let baseURL: String?

    static let modelName = "attachment"
    static let fields = TemplateFields<AttachmentModel>([
        .text("title", "what it is") { $0.attachment.title },
        .text("href", "the file") { $0.links.href(Routes.file($0.attachment.file)) },
        .text("type", "its kind as readers name it (PDF, Word, 压缩包)") { $0.strings.fileKind($0.attachment.file) },
        .text("extension", "its file extension") { Path.fileExtension($0.attachment.file) },
        .text("size", "its size (1.2 MB)") { Formatting.fileSize($0.attachment.size) },
        .text("file_name", "its file name, for `download=`") { Path.lastComponent($0.attachment.file) },
        .text("url", "its absolute URL (needs `base_url`), which the print style writes after the link") { model in
            model.baseURL.map { Routes.file(model.attachment.file).absoluteURL(base: $0) }
        },
    ])
}
