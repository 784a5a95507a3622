/// Builds one site again and again — the preview server's builds — remembering between builds
/// what every content file loaded into and what every page was made from, so that a rebuild
/// after a few saved files reads, renders and writes only what those files change.
///
/// The first build, and any build after the theme, the settings, the members or another
/// non-announcement file changed, is a whole build (reading only the changed content files
/// again). After a saved announcement, the plan is kept unless an address, year or tag changed,
/// only the changed files' links are checked unless something links can lead to changed, and
/// the list items of unchanged announcements are not rendered again (see ``BuildMemory``). Only
/// the pages that show the saved announcement are rendered again: its
/// page and its neighbours, the list, tag and year pages it is on, the members and initiatives
/// it names, and the few pages without a key (home, indexes). The output folder then receives
/// only the files whose bytes changed, once the rebuild has succeeded; a failed rebuild leaves
/// it as it was. Every build's output is exactly what a build from scratch writes, except the
/// site search's index: building it costs about as much as rendering every page, so a rebuild
/// leaves it as it was and ``refreshSearchIndex()`` brings it up to date afterwards (the preview
/// server calls it once the saves have paused).
///
/// Run one build, or one refresh, at a time.
public final class BuildSession: Sendable {
    /// Where the site's folders are.
    public let layout: SiteLayout
    private let pipeline: BuildPipeline

    /// A session for the site at `layout`, writing its output folder (``BuildOptions/writeOutput``
    /// is taken as true).
    public convenience init(layout: SiteLayout, options: BuildOptions = BuildOptions(), fileSystem: any FileSystem = LocalFileSystem()) {
        self.init(pipeline: BuildPipeline(layout: layout, options: options, fileSystem: fileSystem))
    }

    /// A session running `pipeline` (tests give it another Markdown engine or kinds).
    init(pipeline: BuildPipeline) {
        var pipeline = pipeline
        pipeline.options.writeOutput = true
        pipeline.memory = BuildMemory()
        self.pipeline = pipeline
        self.layout = pipeline.layout
    }

    /// What the session's builds remember of each other (tests look at it).
    var memory: BuildMemory? { pipeline.memory }

    /// Whether the search index is older than the last rebuild's pages.
    public var searchIndexIsStale: Bool { pipeline.memory?.staleSearch != nil }

    /// Writes the search index of what the last rebuild published, when that rebuild left it
    /// older, changing only the index files whose bytes differ; returns how many files changed,
    /// or nil when there was nothing to do. Afterwards the output is exactly what a build from
    /// scratch writes.
    @discardableResult
    public func refreshSearchIndex() -> Int? {
        pipeline.refreshSearchIndex()
    }

    /// Builds the site, reusing what earlier builds of this session read and made.
    public func build() async -> BuildResult {
        await pipeline.run()
    }
}
