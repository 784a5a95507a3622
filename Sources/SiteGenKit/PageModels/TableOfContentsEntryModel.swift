/// A line of a long page's table of contents (`toc` on a free page): a heading and its anchor.
struct TableOfContentsEntryModel: TemplateModel {
    let heading: MarkdownHeading

    /// A page gets a table of contents from this many `##`/`###` headings on: fewer fit on a
    /// phone's screen at a glance.
    static let minimumHeadings = 6

    /// The entries for a body's headings: its level 2 and 3 headings, or none when there are
    /// fewer than ``minimumHeadings``.
    static func entries(for headings: [MarkdownHeading]) -> [TableOfContentsEntryModel] {
        let sections = headings.filter { (2...3).contains($0.level) }
        return sections.count >= minimumHeadings ? sections.map(TableOfContentsEntryModel.init) : []
    }

    static let modelName = "table of contents entry"
    static let fields = TemplateFields<TableOfContentsEntryModel>([
        .text("title", "the heading's text") { $0.heading.text },
        .text("href", "its anchor on the page (`#第一章-总则`)") { "#" + $0.heading.id },
        .number("level", "2 or 3") { $0.heading.level },
    ])
}
