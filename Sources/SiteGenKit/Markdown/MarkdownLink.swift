/// A link or image destination in a Markdown document, with its position in the Markdown text.
struct MarkdownLink: Sendable, Equatable {
    /// The destination as written.
    var destination: String
    /// Whether it is an image (`![alt](src)`).
    var isImage: Bool
    /// The link text or image alt text, as plain text.
    var text: String
    /// 1-based line in the Markdown text.
    var line: Int
    /// 1-based column in characters (not bytes).
    var column: Int

    /// Creates a link record.
    init(destination: String, isImage: Bool, text: String, line: Int, column: Int) {
        self.destination = destination
        self.isImage = isImage
        self.text = text
        self.line = line
        self.column = column
    }
}
