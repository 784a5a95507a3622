/// Decodes an announcement's front matter.
struct AnnouncementDecoder: Sendable {
    let diagnostics: DiagnosticBag
    let fileSizes: FileSizes
    /// Finds the members the title, text and links mention; the text is then let go, since only
    /// the HTML is needed from here on (at 30,000 announcements that is 150 MB less).
    var memberMentions: MemberMentions?

    func decode(_ file: MarkdownFileReader.ReadFile, fileName: String) -> Announcement? {
        let yaml = file.frontMatter
        let title = yaml.string("title", required: true)
        let date = yaml.date("date", required: true)
        // Other generators call the summary `description` (Hugo) or `excerpt` (Jekyll).
        let summaries = [yaml.string("summary"), yaml.string("description"), yaml.string("excerpt")]
        let explicitSummary = summaries.compactMap { $0 }.first
        let tags = uniqueTags(yaml.stringList("tags").map(\.text))
        let isDraft = yaml.bool("draft") ?? false
        let slug = SlugField.read(yaml, fileName: fileName, diagnostics: diagnostics)
        var authors: [String] = []
        for name in yaml.stringList("author").map(\.text) + yaml.stringList("authors").map(\.text) where !authors.contains(name) {
            authors.append(name)
        }
        let categories = yaml.stringList("categories").map(\.text)
        let documentNumber = yaml.string("doc_number")
        let issuer = yaml.string("issuer")
        let expires = yaml.date("expires")
        let aliases = yaml.stringList("aliases").map { Alias(path: $0.text, location: $0.location) }
        var source: ExternalSource?
        if let object = yaml.object("source") {
            if let name = object.string("name", required: true) {
                source = ExternalSource(name: name, url: object.string("url"))
            }
            object.reportUnknownKeys()
        }
        let attachments = yaml.objectList("attachments", what: "an attachment").compactMap(decodeAttachment)
        let members = yaml.stringList("members").map { Reference(id: $0.text, location: $0.location) }
        let initiatives = yaml.stringList("initiatives").map { Reference(id: $0.text, location: $0.location) }
        yaml.reportUnknownKeys()

        guard let title, let date, let slug else { return nil }
        let summary = explicitSummary ?? file.body.leadParagraph.map { Summarizer.summary(of: $0) } ?? ""
        var announcement = Announcement(
            slug: slug, title: title, date: date, summary: summary, tags: tags, isDraft: isDraft, authors: authors,
            source: source, attachments: attachments, memberReferences: members, initiativeReferences: initiatives,
            body: file.body, location: yaml.keyLocation(of: "title")
        )
        announcement.categories = categories
        announcement.documentNumber = documentNumber
        announcement.issuer = issuer
        announcement.expires = expires
        announcement.aliases = aliases
        announcement.summaryIsCutMidSentence = explicitSummary == nil && summary.hasSuffix("…") && file.body.leadParagraph?.hasSuffix("…") == false
        if let memberMentions {
            announcement.mentionedMembers = memberMentions.members(title: title, body: file.body)
            announcement.body.text = ""
        }
        return announcement
    }

    private func uniqueTags(_ tags: [String]) -> [String] {
        var seen = Set<String>()
        return tags.filter { seen.insert($0).inserted }
    }

    private func decodeAttachment(_ yaml: YAMLObject) -> Attachment? {
        let title = yaml.string("title", required: true)
        let file = yaml.string("file", required: true)
        yaml.reportUnknownKeys()
        guard let title, let file else { return nil }
        let location = yaml.location(of: "file")
        guard let normalized = Path.normalize(file), !file.hasPrefix("/"), !normalized.isEmpty else {
            diagnostics.error(at: location, "attachment path \"\(file)\" leaves the files folder", hint: "write the path below Content/files/, e.g. 2025/notice.pdf")
            return nil
        }
        guard let size = fileSizes.size(of: normalized) else {
            let hint = Suggestions.hint(for: normalized, in: Array(fileSizes.files))
            diagnostics.error(
                at: location,
                "attachment file \"\(file)\" does not exist in \(fileSizes.filesDirectory)/",
                hint: hint ?? "put the file at \(Path.join(fileSizes.filesDirectory, normalized)) or correct the path"
            )
            return nil
        }
        return Attachment(title: title, file: normalized, size: size, location: location)
    }
}
