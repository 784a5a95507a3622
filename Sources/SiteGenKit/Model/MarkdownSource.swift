/// The Markdown body of a content file, with what a first reading found in it.
struct MarkdownSource: Sendable {
    /// The file, relative to the site root (e.g. `Content/pages/about.md`).
    var path: String
    /// The file, relative to the content folder (e.g. `pages/about.md`), for resolving links.
    var contentPath: String
    /// The Markdown text. Announcements loaded by ``ContentLoader`` let it go once it has been
    /// read for member names (see ``Announcement/namedMembers``): pages show their `html`.
    var text: String
    /// Lines of the file before the body (the front matter).
    var lineOffset: Int
    /// The HTML, rendered once when the file was read, with the links' destinations open.
    var html: MarkdownHTML
    /// The plain text of the first paragraph.
    var leadParagraph: String?
    /// Links and images, with positions in the body.
    var links: [MarkdownLink]
    /// The ids of the body's headings, which `#fragment` links may name.
    var anchors: [String]
    /// The body's headings, for a table of contents.
    var headings: [MarkdownHeading]

    /// Creates a body.
    init(path: String, contentPath: String, text: String, lineOffset: Int, html: MarkdownHTML = MarkdownHTML(), leadParagraph: String? = nil, links: [MarkdownLink] = [], anchors: [String] = [], headings: [MarkdownHeading] = []) {
        self.path = path
        self.contentPath = contentPath
        self.text = text
        self.lineOffset = lineOffset
        self.html = html
        self.leadParagraph = leadParagraph
        self.links = links
        self.anchors = anchors
        self.headings = headings
    }

    /// Where a link of this body is in the file.
    func location(of link: MarkdownLink) -> SourceLocation {
        SourceLocation(path: path, line: link.line + lineOffset, column: link.column)
    }
}
