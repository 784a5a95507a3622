/// The Markdown body of a content file, with what a first reading found in it.
struct MarkdownSource: Sendable {
    /// What the body holds, shared by its copies until one of them changes it: bodies are
    /// copied wherever announcements and pages are read, and one reference costs less than nine.
    private final class Storage: @unchecked Sendable {
        var path: String
        var contentPath: String
        var text: String
        var lineOffset: Int
        var html: MarkdownHTML
        var leadParagraph: String?
        var links: [MarkdownLink]
        var anchors: [String]
        var headings: [MarkdownHeading]

        init(path: String, contentPath: String, text: String, lineOffset: Int, html: MarkdownHTML, leadParagraph: String?, links: [MarkdownLink], anchors: [String], headings: [MarkdownHeading]) {
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

        /// A copy to change, when another body shares this one.
        func copy() -> Storage {
            Storage(path: path, contentPath: contentPath, text: text, lineOffset: lineOffset, html: html, leadParagraph: leadParagraph, links: links, anchors: anchors, headings: headings)
        }
    }

    // Only changed when uniquely referenced (every setter below copies it first otherwise).
    private var storage: Storage

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// The file, relative to the site root (e.g. `Content/pages/about.md`).
    var path: String {
        get { storage.path }
        set { unique().path = newValue }
    }
    /// The file, relative to the content folder (e.g. `pages/about.md`), for resolving links.
    var contentPath: String {
        get { storage.contentPath }
        set { unique().contentPath = newValue }
    }
    /// The Markdown text. Announcements loaded by ``ContentLoader`` let it go once it has been
    /// read for member names (see ``Announcement/mentionedMembers``): pages show their `html`.
    var text: String {
        get { storage.text }
        set { unique().text = newValue }
    }
    /// Lines of the file before the body (the front matter).
    var lineOffset: Int {
        get { storage.lineOffset }
        set { unique().lineOffset = newValue }
    }
    /// The HTML, rendered once when the file was read, with the links' destinations open.
    var html: MarkdownHTML {
        get { storage.html }
        set { unique().html = newValue }
    }
    /// The plain text of the first paragraph.
    var leadParagraph: String? {
        get { storage.leadParagraph }
        set { unique().leadParagraph = newValue }
    }
    /// Links and images, with positions in the body.
    var links: [MarkdownLink] {
        get { storage.links }
        set { unique().links = newValue }
    }
    /// The ids of the body's headings, which `#fragment` links may name.
    var anchors: [String] {
        get { storage.anchors }
        set { unique().anchors = newValue }
    }
    /// The body's headings, for a table of contents.
    var headings: [MarkdownHeading] {
        get { storage.headings }
        set { unique().headings = newValue }
    }

    /// Creates a body.
    init(path: String, contentPath: String, text: String, lineOffset: Int, html: MarkdownHTML = MarkdownHTML(), leadParagraph: String? = nil, links: [MarkdownLink] = [], anchors: [String] = [], headings: [MarkdownHeading] = []) {
        storage = Storage(path: path, contentPath: contentPath, text: text, lineOffset: lineOffset, html: html, leadParagraph: leadParagraph, links: links, anchors: anchors, headings: headings)
    }

    /// Where a link of this body is in the file.
    func location(of link: MarkdownLink) -> SourceLocation {
        SourceLocation(path: path, line: link.line + lineOffset, column: link.column)
    }
}
