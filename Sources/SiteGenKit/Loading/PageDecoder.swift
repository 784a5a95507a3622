/// Decodes a free page's front matter.
struct PageDecoder: Sendable {
    func decode(_ file: MarkdownFileReader.ReadFile, fileName: String) -> Page? {
        let yaml = file.frontMatter
        let title = yaml.string("title", required: true)
        let navOrder = yaml.int("nav_order")
        let summary = yaml.string("summary")
        let diagnostics = yaml.diagnostics
        let slug = SlugField.read(yaml, fileName: fileName, diagnostics: diagnostics)
        yaml.reportUnknownKeys()
        guard let title, let slug else { return nil }
        return Page(slug: slug, title: title, navOrder: navOrder, summary: summary, body: file.body, location: yaml.keyLocation(of: "title"))
    }
}
