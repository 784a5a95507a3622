/// Decodes a free page's front matter.
struct PageDecoder: Sendable {
    func decode(_ file: MarkdownFileReader.ReadFile, fileName: String) -> Page? {
        let yaml = file.frontMatter
        let title = yaml.string("title", required: true)
        let navOrder = yaml.int("nav_order")
        // Other generators call the summary `description` (Hugo) or `excerpt` (Jekyll).
        let summaries = [yaml.string("summary"), yaml.string("description"), yaml.string("excerpt")]
        let summary = summaries.compactMap { $0 }.first
        let aliases = yaml.stringList("aliases").map { Alias(path: $0.text, location: $0.location) }
        let diagnostics = yaml.diagnostics
        let slug = SlugField.read(yaml, fileName: fileName, diagnostics: diagnostics)
        yaml.reportUnknownKeys()
        guard let title, let slug else { return nil }
        var page = Page(slug: slug, title: title, navOrder: navOrder, summary: summary, body: file.body, location: yaml.keyLocation(of: "title"))
        page.aliases = aliases
        return page
    }
}
