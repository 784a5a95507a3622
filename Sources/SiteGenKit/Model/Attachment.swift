/// A downloadable file attached to an announcement.
struct Attachment: Sendable {
    /// The name shown for the download.
    var title: String
    /// The path below `Content/files/`.
    var file: String
    /// Size in bytes.
    var size: Int
    /// Where the attachment is written in the front matter.
    var location: SourceLocation

    /// Creates an attachment.
    init(title: String, file: String, size: Int, location: SourceLocation) {
        self.title = title
        self.file = file
        self.size = size
        self.location = location
    }
}
