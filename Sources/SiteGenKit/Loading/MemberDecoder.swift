/// Decodes a member entry, from `members.yaml` or from a file of its own under `members/`.
struct MemberDecoder: Sendable {
    let markdown: any MarkdownConverter
    let options: MarkdownOptions

    /// Decodes one member. `defaultID` is the file name for one-file-per-member entries;
    /// `body` the Markdown profile of such a file.
    func decode(_ yaml: YAMLObject, contentPath: String, defaultID: String? = nil, body: MarkdownSource? = nil) -> Member? {
        let diagnostics = yaml.diagnostics
        var id = yaml.string("id", required: defaultID == nil)
        if id == nil { id = defaultID }
        if let value = id, !Self.isValidID(value) {
            diagnostics.error(
                at: yaml.has("id") ? yaml.location(of: "id") : yaml.location,
                "member id \"\(value)\" must start with a lowercase ASCII letter or digit and use only those, '-', '_' and '.'",
                hint: "ids appear in URLs and references, e.g. zibo-tech; the Chinese name goes in 'name:'"
            )
            id = nil
        }
        let name = yaml.string("name", required: true)
        let shortName = yaml.string("short_name")
        let type = enumField(yaml, "type", required: true, parse: MemberType.init(written:), spellings: MemberType.spellings)
        var region: String?
        if let written = yaml.string("region", required: true) {
            region = ProvinceNames.canonical(written)
            if region == nil {
                diagnostics.error(
                    at: yaml.location(of: "region"),
                    "'region' must be a province-level region such as 上海, 江苏, 浙江 or 安徽, got \"\(written)\"",
                    hint: Suggestions.hint(for: written, in: ProvinceNames.all) ?? "write the province, municipality or autonomous region; put the city in 'city:'"
                )
            }
        }
        let city = yaml.string("city")
        let joined = yaml.date("joined", required: true)
        let left = yaml.date("left")
        if let joined, let left, left.dayKey < joined.dayKey {
            diagnostics.error(at: yaml.location(of: "left"), "'left' (\(left.isoDate)) is before 'joined' (\(joined.isoDate))", hint: "'left' is the date the member withdrew or was removed; check both dates")
        }
        let role = enumField(yaml, "role", required: false, parse: CouncilRole.init(written:), spellings: CouncilRole.spellings) ?? .member
        var website = yaml.string("website")
        if let url = website, !URLSchemes.isWebURL(url) {
            diagnostics.error(at: yaml.location(of: "website"), "'website' must start with https:// or http://, got \"\(url)\"", hint: "write the full address, e.g. https://www.example.edu.cn/")
            website = nil
        }
        let summary = yaml.string("summary")
        var profile = body
        if let written = yaml.markdown("profile") {
            let analysis = markdown.convert(written.text, options: options)
            profile = MarkdownSource(
                path: yaml.location.path, contentPath: contentPath, text: written.text, lineOffset: written.lineOffset,
                html: analysis.html, leadParagraph: analysis.leadParagraph, links: analysis.links, anchors: analysis.headings.map(\.id)
            )
        }
        yaml.reportUnknownKeys()
        guard let id, let name, let type, let region, let joined else { return nil }
        return Member(
            id: MemberID(id), name: name, shortName: shortName, type: type, region: region, city: city, joined: joined,
            left: left, role: role, website: website, summary: summary, profile: profile,
            location: yaml.has("id") ? yaml.keyLocation(of: "id") : yaml.location, contentPath: contentPath
        )
    }

    /// Lowercase ASCII letters, digits and inner `-`, `_` or `.`.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }

    private func enumField<Value>(_ yaml: YAMLObject, _ key: String, required: Bool, parse: (String) -> Value?, spellings: [String]) -> Value? {
        guard let written = yaml.string(key, required: required) else { return nil }
        if let value = parse(written) { return value }
        yaml.diagnostics.error(
            at: yaml.location(of: key),
            "'\(key)' \"\(written)\" is not one of: \(spellings.joined(separator: ", "))",
            hint: Suggestions.hint(for: written, in: spellings) ?? "write it in Chinese or by its English key"
        )
        return nil
    }
}
