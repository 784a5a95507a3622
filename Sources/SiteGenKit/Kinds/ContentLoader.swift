import Foundation

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
    /// Whether announcements dated in the future are kept.
    var includeFuture = false
    /// The moment the build is for (nil: now).
    var now: Date?
    /// What files loaded into in the session's earlier builds (`serve`), or nil.
    var cache: LoadCache?
    /// The kinds of content to load, in order.
    var kinds: [any ContentKind]

    /// Creates a loader.
    init(layout: SiteLayout, fileSystem: any FileSystem, markdown: any MarkdownConverter, includeDrafts: Bool = false, kinds: [any ContentKind] = ContentKinds.builtIn) {
        self.layout = layout
        self.fileSystem = fileSystem
        self.markdown = markdown
        self.includeDrafts = includeDrafts
        self.kinds = kinds
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
        let options = MarkdownOptions(allowRawHTML: config.allowRawHTML)
        let reader = MarkdownFileReader(
            fileSystem: fileSystem, markdown: markdown, options: options, diagnostics: diagnostics, maximumBytes: config.maximumFileSize,
            siteOffset: config.offsetMinutes
        )
        let siteNow = SiteDate(now ?? Date(), offset: config.offsetMinutes)
        let filesDirectory = layout.filesDirectory
        let files = ContentLoading.listFiles(filesDirectory, fileSystem: fileSystem, diagnostics: diagnostics)
        let loading = ContentLoading(
            layout: layout, fileSystem: fileSystem, reader: reader, markdown: markdown, options: options,
            fileSizes: FileSizes(fileSystem: fileSystem, filesDirectory: filesDirectory, files: Set(files)),
            includeDrafts: includeDrafts, includeFuture: includeFuture, now: siteNow, diagnostics: diagnostics, cache: cache
        )
        var site = Site(config: config, files: files)
        site.now = siteNow
        for kind in kinds {
            await kind.load(into: &site, with: loading)
        }
        return site
    }
}
