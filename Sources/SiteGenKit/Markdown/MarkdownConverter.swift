/// Turns Markdown into HTML and tells what the document holds.
///
/// This is the seam between sitegen and its Markdown engine (``CmarkConverter`` in production).
public protocol MarkdownConverter: Sendable {
    /// Reads `markdown`. When `linkRewriter` is given the HTML is rendered, with every link and
    /// image destination passed through it; without it only the analysis is done.
    func convert(_ markdown: String, options: MarkdownOptions, linkRewriter: ((MarkdownLink) -> String)?) -> MarkdownDocument
}

/// How Markdown is rendered.
public struct MarkdownOptions: Sendable, Equatable {
    /// Emit raw HTML written in the Markdown (off by default: it is replaced by a comment).
    public var allowRawHTML: Bool
    /// Curly quotes, dashes and ellipses from straight punctuation.
    public var smartPunctuation: Bool

    /// Creates options; the defaults are the safe ones.
    public init(allowRawHTML: Bool = false, smartPunctuation: Bool = true) {
        self.allowRawHTML = allowRawHTML
        self.smartPunctuation = smartPunctuation
    }
}

/// A link or image destination in a Markdown document, with its position in the Markdown text.
public struct MarkdownLink: Sendable, Equatable {
    /// The destination as written.
    public var destination: String
    /// Whether it is an image (`![alt](src)`).
    public var isImage: Bool
    /// The link text or image alt text, as plain text.
    public var text: String
    /// 1-based line in the Markdown text.
    public var line: Int
    /// 1-based column in characters (not bytes).
    public var column: Int

    /// Creates a link record.
    public init(destination: String, isImage: Bool, text: String, line: Int, column: Int) {
        self.destination = destination
        self.isImage = isImage
        self.text = text
        self.line = line
        self.column = column
    }
}

/// What a conversion produced.
public struct MarkdownDocument: Sendable {
    /// The HTML, or "" when only analysis was asked for.
    public var html: String
    /// The plain text of the first paragraph, for summaries.
    public var leadParagraph: String?
    /// Every link and image, in document order.
    public var links: [MarkdownLink]
    /// Every heading, in document order, with the `id` its HTML element gets.
    public var headings: [MarkdownHeading]

    /// Creates a document.
    public init(html: String, leadParagraph: String?, links: [MarkdownLink], headings: [MarkdownHeading] = []) {
        self.html = html
        self.leadParagraph = leadParagraph
        self.links = links
        self.headings = headings
    }
}

/// A heading of a Markdown document and the anchor it can be linked to with `#id`.
///
/// The id is written by the editor as a trailing `{#id}` (`## 历史 {#history}`), or made from the
/// heading's text (`## 第一章 总则` → `第一章-总则`); repeats get `-2`, `-3`.
public struct MarkdownHeading: Sendable, Equatable {
    /// 1 to 6.
    public var level: Int
    /// The anchor id.
    public var id: String
    /// The heading as plain text, without any `{#id}`.
    public var text: String

    /// Creates a heading record.
    public init(level: Int, id: String, text: String) {
        self.level = level
        self.id = id
        self.text = text
    }
}
