/// The registry of content kinds.
enum ContentKinds {
    /// The kinds every site has, in loading order: members first, so that announcements are
    /// searched for member names as they are read.
    static let builtIn: [any ContentKind] = [
        MemberKind(),
        AnnouncementKind(),
        PageKind(),
        InitiativeKind(),
        ReportKind(),
    ]
}

extension [any ContentKind] {
    /// Every Markdown body of `site`, of every kind: what links are checked and audited in.
    func bodies(in site: Site) -> [MarkdownSource] { flatMap { $0.bodies(in: site) } }

    /// The kind named `name`.
    func kind(named name: String) -> (any ContentKind)? { first { $0.name == name } }
}

extension ContentKinds {
    /// The slug of the Markdown file `contentPath` when it lies in the content folder `folder`.
    static func slug(of contentPath: String, in folder: String) -> String? {
        guard Path.directory(of: contentPath).split(separator: "/").first == Substring(folder) else { return nil }
        return Slug.fromFileName(Path.lastComponent(contentPath))
    }
}
