/// Loads everything under the content folder into a ``Site``, reporting every problem it meets.
///
/// Files are read in parallel; the result does not depend on the order they finish in.
struct ContentLoader: Sendable {
    /// Where to read.
    var layout: SiteLayout
    /// How to read.
    var fileSystem: any FileSystem
    /// The Markdown engine.
    var markdown: any MarkdownConverter
    /// Whether drafts are kept.
    var includeDrafts: Bool

    /// Creates a loader.
    init(layout: SiteLayout, fileSystem: any FileSystem, markdown: any MarkdownConverter, includeDrafts: Bool = false) {
        self.layout = layout
        self.fileSystem = fileSystem
        self.markdown = markdown
        self.includeDrafts = includeDrafts
    }

    /// The site, or nil when `site.yaml` itself is unusable. Problems go to `diagnostics`.
    func load(diagnostics: DiagnosticBag) async -> Site? {
        guard let config = SiteConfigLoader(fileSystem: fileSystem, layout: layout, diagnostics: diagnostics).load() else {
            return nil
        }
        for link in fileSystem.linksLeaving(layout.contentDirectory) {
            diagnostics.error(
                at: SourceLocation(path: Path.join(layout.contentDirectory, link)),
                "symbolic link points outside the content folder and is not followed",
                hint: "copy the file into \(layout.contentDirectory)/ instead of linking to it"
            )
        }
        let files = listFiles(layout.filesDirectory, diagnostics: diagnostics)
        let options = MarkdownOptions(allowRawHTML: config.allowRawHTML)
        let reader = MarkdownFileReader(
            fileSystem: fileSystem, markdown: markdown, options: options, diagnostics: diagnostics, maximumBytes: config.maximumFileSize
        )
        let fileSizes = FileSizes(fileSystem: fileSystem, filesDirectory: layout.filesDirectory, files: Set(files))

        // Members first, so that each announcement is searched for their names as it is read.
        var unloaded = UnloadedContent()
        let (members, unloadedMembers) = MemberLoader(
            layout: layout, fileSystem: fileSystem, reader: reader,
            decoder: MemberDecoder(markdown: markdown, options: options), diagnostics: diagnostics
        ).load()
        unloaded.memberIDs = unloadedMembers

        var announcementDecoder = AnnouncementDecoder(diagnostics: diagnostics, fileSizes: fileSizes)
        announcementDecoder.memberNames = NameMatcher(names: members.map(\.name))
        let announcements = await loadFolder("announcements", reader: reader, diagnostics: diagnostics, unloaded: &unloaded, contentPath: \.body.contentPath, decode: announcementDecoder.decode)
        let pages = await loadFolder("pages", reader: reader, diagnostics: diagnostics, unloaded: &unloaded, contentPath: \.body.contentPath, decode: PageDecoder().decode)
        let initiatives = await loadFolder("initiatives", reader: reader, diagnostics: diagnostics, unloaded: &unloaded, contentPath: \.body.contentPath, decode: InitiativeDecoder().decode)
        var reports = await loadFolder("reports", reader: reader, diagnostics: diagnostics, unloaded: &unloaded, contentPath: \.body.contentPath, decode: ReportDecoder().decode)
        reports.sort { ($0.year, $0.body.path) > ($1.year, $1.body.path) }
        var reportYears: [Int: AnnualReport] = [:]
        reports = reports.reversed().filter { report in
            if let earlier = reportYears[report.year] {
                diagnostics.error(at: report.location, "there is already a report for \(report.year) in \(earlier.body.path)", hint: "keep one report per year, named <year>.md")
                return false
            }
            reportYears[report.year] = report
            return true
        }.reversed()

        // Sorted by index: moving thousands of large announcements around costs more than the comparisons.
        let published = announcements.indices
            .filter { includeDrafts || !announcements[$0].isDraft }
            .sorted { (announcements[$0].date, announcements[$1].slug) > (announcements[$1].date, announcements[$0].slug) }
            .map { announcements[$0] }
        let sortedPages = pages.sorted { ($0.navOrder ?? Int.max, $0.title, $0.slug) < ($1.navOrder ?? Int.max, $1.title, $1.slug) }
        let omitted = Set(announcements.filter { !includeDrafts && $0.isDraft }.map(\.body.contentPath))
        let sortedInitiatives = initiatives.sorted { ($0.status, -$0.startYear, $0.slug) < ($1.status, -$1.startYear, $1.slug) }
        var site = Site(
            config: config, announcements: published, pages: sortedPages, files: files, members: members,
            initiatives: sortedInitiatives, reports: reports, omittedDrafts: omitted
        )
        site.unloaded = unloaded
        return site
    }

    /// Reads every Markdown file of the content folder `name` in parallel and decodes it.
    /// Files that fail to load are recorded in `unloaded`.
    private func loadFolder<Value: Sendable>(
        _ name: String, reader: MarkdownFileReader, diagnostics: DiagnosticBag, unloaded: inout UnloadedContent,
        contentPath: KeyPath<Value, String>, decode: @escaping @Sendable (MarkdownFileReader.ReadFile, String) -> Value?
    ) async -> [Value] {
        let directory = Path.join(layout.contentDirectory, name)
        let files = markdownFiles(in: directory, diagnostics: diagnostics)
        let values: [Value] = await ParallelMap.map(files) { relative in
            guard let file = reader.read(Path.join(directory, relative), contentPath: Path.join(name, relative)) else { return nil }
            return decode(file, relative)
        }
        let loaded = Set(values.map { $0[keyPath: contentPath] })
        for relative in files where !loaded.contains(Path.join(name, relative)) {
            unloaded.contentPaths.insert(Path.join(name, relative))
        }
        return values
    }

    private func listFiles(_ directory: String, diagnostics: DiagnosticBag) -> [String] {
        do {
            return try fileSystem.files(under: directory).filter { !Path.lastComponent($0).hasPrefix(".") }
        } catch {
            diagnostics.error(at: SourceLocation(path: directory), "folder cannot be listed", hint: "check that it is a folder you may read")
            return []
        }
    }

    private func markdownFiles(in directory: String, diagnostics: DiagnosticBag) -> [String] {
        listFiles(directory, diagnostics: diagnostics).filter { path in
            if Path.fileExtension(path) == "md" { return true }
            diagnostics.warning(at: SourceLocation(path: Path.join(directory, path)), "file is not Markdown and is ignored", hint: "content files end in .md; put downloads under files/")
            return false
        }
    }
}
