import Foundation

/// Renders the planned pages and writes them, copies files and writes the feeds.
///
/// Pages render in parallel and each is written as soon as it is rendered, so the whole site is
/// never held in memory. Without an output (check mode) everything is rendered and nothing
/// written.
struct SiteWriter: Sendable {
    let site: Site
    let plan: SitePlan
    let alliance: AllianceIndex
    let templates: any TemplateRenderer
    let markdown: any MarkdownConverter
    let layout: SiteLayout
    let fileSystem: any FileSystem
    /// Where files go; nil renders everything and writes nothing (check mode).
    let output: (any OutputDestination)?
    let diagnostics: DiagnosticBag
    /// The kinds of content.
    var kinds: [any ContentKind] = ContentKinds.builtIn
    /// List items kept between the builds of a session, and the key of each announcement's
    /// item, by position (see ``ChunkMemory``).
    var chunkMemory: ChunkMemory?
    var itemKeys: [UInt64] = []

    /// Renders and writes the HTML pages (by default every planned page); returns how many
    /// were written.
    func writePages(_ pages: [PlannedPage]? = nil) async -> Int {
        let builder = PageContextBuilder(
            site: site, plan: plan, alliance: alliance, markdown: markdown, templates: templates, kinds: kinds,
            chunkMemory: chunkMemory, itemKeys: itemKeys
        )
        let templates = self.templates
        let output = self.output
        let diagnostics = self.diagnostics
        let templatesDirectory = layout.templatesDirectory
        let written: [Bool] = await ParallelMap.map(pages ?? plan.pages) { page in
            let html: [UInt8]
            do {
                html = try templates.renderUTF8(template: page.templateName, context: builder.context(for: page))
            } catch {
                diagnostics.error(at: SourceLocation(path: Path.join(templatesDirectory, page.templateName + ".mustache")), "template cannot be rendered: \(error)", hint: "check that the template exists and its partials are named correctly")
                return false
            }
            guard let output else { return true }
            do {
                try output.write(Data(html), at: page.route)
                return true
            } catch {
                diagnostics.error(at: SourceLocation(path: Path.join(output.outputDirectory, page.route.path)), "page cannot be written: \(error)", hint: "check free disk space and permissions beside the output folder")
                return false
            }
        }
        return written.filter { $0 }.count
    }

    /// Copies `Content/files/` to `files/` and the theme's assets to `assets/`; returns how many.
    func copyFiles(assets: [String]) -> Int {
        var copies: [(String, Route)] = site.files.map { (Path.join(layout.filesDirectory, $0), Routes.file($0)) }
        copies += assets.map { (Path.join(layout.assetsDirectory, $0), Routes.asset($0)) }
        guard let output else { return copies.count }
        var count = 0
        for (source, route) in copies {
            do {
                try output.copy(from: source, to: route)
                count += 1
            } catch {
                diagnostics.error(at: SourceLocation(path: source), "file cannot be copied to the output: \(error)", hint: "check free disk space and that you may read the file")
            }
        }
        return count
    }

    /// Writes the site search's index of `site` below `search/` in `output` (nil: makes it
    /// only; see ``SearchIndex``), on all cores; returns its files.
    static func writeSearchIndex(of site: Site, to output: (any OutputDestination)?, diagnostics: DiagnosticBag) -> [Route] {
        let index = SearchIndex(site: site, strings: StringsTable.forLanguage(site.config.language))
        let paths = index.write { path, bytes in
            guard let output else { return }
            let route = Route(file: path)
            do {
                try output.write(Data(bytes), at: route)
            } catch {
                reportUnwritten(route, error, in: output.outputDirectory, diagnostics: diagnostics)
            }
        }
        return paths.map { Route(file: $0) }
    }

    /// Reports that the file at `route` below `outputDirectory` could not be written.
    static func reportUnwritten(_ route: Route, _ error: any Error, in outputDirectory: String, diagnostics: DiagnosticBag) {
        diagnostics.error(at: SourceLocation(path: Path.join(outputDirectory, route.path)), "file cannot be written: \(error)", hint: "check free disk space and permissions beside the output folder")
    }

    /// Writes `feed.xml`, `sitemap.xml` (with a base URL; not when `keepSitemap`, as the output
    /// holds it already), `robots.txt` and the pages at old addresses; returns how many.
    func writeFeeds(keepingSitemap keepSitemap: Bool = false) -> Int {
        let sitemap = SitemapWriter(site: site, plan: plan, kinds: kinds)
        var outputs: [(Route, String)] = [(Routes.feed, FeedWriter(site: site).xml()), (Routes.robots, sitemap.robotsTXT())]
        if !keepSitemap, let xml = sitemap.sitemapXML() { outputs.append((Routes.sitemap, xml)) }
        let redirects = RedirectPageWriter(site: site, strings: StringsTable.forLanguage(site.config.language))
        for redirect in plan.redirects { outputs.append((redirect.from, redirects.html(redirect))) }
        guard let output else { return outputs.count }
        var count = 0
        for (route, text) in outputs {
            do {
                try output.write(Data(text.utf8), at: route)
                count += 1
            } catch {
                Self.reportUnwritten(route, error, in: output.outputDirectory, diagnostics: diagnostics)
            }
        }
        return count
    }

    /// Every file the build writes below the output folder: pages, copied files and assets,
    /// the feeds and the pages at old addresses.
    static func routes(site: Site, plan: SitePlan, assets: [String]) -> Set<Route> {
        var routes = Set(plan.pages.map(\.route))
        routes.formUnion(site.files.map(Routes.file))
        routes.formUnion(assets.map(Routes.asset))
        routes.formUnion([Routes.feed, Routes.robots])
        if site.config.baseURL != nil { routes.insert(Routes.sitemap) }
        routes.formUnion(plan.redirects.map(\.from))
        return routes
    }
}
