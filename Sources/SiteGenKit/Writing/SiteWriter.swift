import Foundation

/// Renders the planned pages and writes them, copies files and writes the feeds.
///
/// Pages render in parallel and each is written as soon as it is rendered, so the whole site is
/// never held in memory. Without a transaction (check mode) everything is rendered and nothing
/// written.
struct SiteWriter: Sendable {
    let site: Site
    let plan: SitePlan
    let alliance: AllianceIndex
    let templates: any TemplateRenderer
    let markdown: any MarkdownConverter
    let layout: SiteLayout
    let fileSystem: any FileSystem
    let transaction: OutputTransaction?
    let diagnostics: DiagnosticBag
    /// The kinds of content.
    var kinds: [any ContentKind] = ContentKinds.builtIn

    /// Renders and writes every HTML page; returns how many were written.
    func writePages() async -> Int {
        let builder = PageContextBuilder(site: site, plan: plan, alliance: alliance, markdown: markdown, templates: templates, kinds: kinds)
        let templates = self.templates
        let transaction = self.transaction
        let diagnostics = self.diagnostics
        let templatesDirectory = layout.templatesDirectory
        let written: [Bool] = await ParallelMap.map(plan.pages) { page in
            let html: String
            do {
                html = try templates.render(template: page.templateName, context: builder.context(for: page))
            } catch {
                diagnostics.error(at: SourceLocation(path: Path.join(templatesDirectory, page.templateName + ".mustache")), "template cannot be rendered: \(error)", hint: "check that the template exists and its partials are named correctly")
                return false
            }
            guard let transaction else { return true }
            do {
                try transaction.write(Data(html.utf8), at: page.route)
                return true
            } catch {
                diagnostics.error(at: SourceLocation(path: Path.join(transaction.outputDirectory, page.route.path)), "page cannot be written: \(error)", hint: "check free disk space and permissions beside the output folder")
                return false
            }
        }
        return written.filter { $0 }.count
    }

    /// Copies `Content/files/` to `files/` and the theme's assets to `assets/`; returns how many.
    func copyFiles(assets: [String]) -> Int {
        var copies: [(String, Route)] = site.files.map { (Path.join(layout.filesDirectory, $0), Routes.file($0)) }
        copies += assets.map { (Path.join(layout.assetsDirectory, $0), Routes.asset($0)) }
        guard let transaction else { return copies.count }
        var count = 0
        for (source, route) in copies {
            do {
                try transaction.copy(from: source, to: route)
                count += 1
            } catch {
                diagnostics.error(at: SourceLocation(path: source), "file cannot be copied to the output: \(error)", hint: "check free disk space and that you may read the file")
            }
        }
        return count
    }

    /// Writes the site search's index below `search/` (see ``SearchIndex``); returns how many files.
    func writeSearchIndex() async -> Int {
        let index = SearchIndex(site: site, strings: StringsTable.forLanguage(site.config.language))
        let files = await index.files()
        guard let transaction else { return files.count }
        var count = 0
        for file in files {
            do {
                try transaction.write(Data(file.text.utf8), at: Route(file: file.path))
                count += 1
            } catch {
                diagnostics.error(at: SourceLocation(path: Path.join(transaction.outputDirectory, file.path)), "file cannot be written: \(error)", hint: "check free disk space and permissions beside the output folder")
            }
        }
        return count
    }

    /// Writes `feed.xml`, `sitemap.xml` (with a base URL), `robots.txt` and the pages at old
    /// addresses; returns how many.
    func writeFeeds() -> Int {
        let sitemap = SitemapWriter(site: site, plan: plan, kinds: kinds)
        var outputs: [(Route, String)] = [(Routes.feed, FeedWriter(site: site).xml()), (Routes.robots, sitemap.robotsTXT())]
        if let xml = sitemap.sitemapXML() { outputs.append((Routes.sitemap, xml)) }
        let redirects = RedirectPageWriter(site: site, strings: StringsTable.forLanguage(site.config.language))
        for redirect in plan.redirects { outputs.append((redirect.from, redirects.html(redirect))) }
        guard let transaction else { return outputs.count }
        var count = 0
        for (route, text) in outputs {
            do {
                try transaction.write(Data(text.utf8), at: route)
                count += 1
            } catch {
                diagnostics.error(at: SourceLocation(path: Path.join(transaction.outputDirectory, route.path)), "file cannot be written: \(error)", hint: "check free disk space and permissions beside the output folder")
            }
        }
        return count
    }
}
