/// A downloadable file attached to an announcement.
public struct Attachment: Sendable {
    /// The name shown for the download.
    public var title: String
    /// The path below `Content/files/`.
    public var file: String
    /// Size in bytes.
    public var size: Int
    /// Where the attachment is written in the front matter.
    public var location: SourceLocation

    /// Creates an attachment.
    public init(title: String, file: String, size: Int, location: SourceLocation) {
        self.title = title
        self.file = file
        self.size = size
        self.location = location
    }
}
