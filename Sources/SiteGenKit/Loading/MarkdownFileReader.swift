/// Reads a Markdown content file: splits the front matter, composes its YAML and analyses the body.
struct MarkdownFileReader {
    let fileSystem: any FileSystem
    let markdown: any MarkdownConverter
    let options: MarkdownOptions
    let diagnostics: DiagnosticBag
    var maximumBytes = TextFileReader.defaultMaximumBytes
    /// The site's UTC offset in minutes, for dates written with another offset.
    var siteOffset = 480

    /// A file read up to the point where its own type decodes the front matter.
    struct ReadFile {
        /// The front matter fields.
        var frontMatter: YAMLObject
        /// The analysed body.
        var body: MarkdownSource
    }

    /// Reads `path` (whose path below the content folder is `contentPath`); nil after reporting why not.
    func read(_ path: String, contentPath: String) -> ReadFile? {
        guard let text = TextFileReader(fileSystem: fileSystem, diagnostics: diagnostics, maximumBytes: maximumBytes).read(path),
              let parts = FrontMatter.split(text, path: path, diagnostics: diagnostics) else { return nil }
        guard let yamlText = parts.yaml else {
            diagnostics.error(
                at: SourceLocation(path: path, line: 1, column: 1),
                "file has no front matter",
                hint: "start the file with a line '---', then fields such as 'title: …', then another line '---'"
            )
            return nil
        }
        let source = YAMLSource(path: path, lineOffset: parts.yamlLineOffset)
        guard let root = source.compose(yamlText, diagnostics: diagnostics),
              let yaml = YAMLObject(root, what: "front matter", diagnostics: diagnostics) else { return nil }
        yaml.siteOffset = siteOffset
        let analysis = markdown.convert(parts.body, options: options)
        let body = MarkdownSource(
            path: path, contentPath: contentPath, text: parts.body, lineOffset: parts.bodyLineOffset,
            html: analysis.html, leadParagraph: analysis.leadParagraph, links: analysis.links,
            anchors: analysis.headings.map(\.id), headings: analysis.headings
        )
        return ReadFile(frontMatter: yaml, body: body)
    }
}
