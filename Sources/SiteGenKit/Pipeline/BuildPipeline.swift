import Foundation

/// The whole build: load → plan → check → render → write, as named steps.
///
/// Every step reports its problems to one ``DiagnosticBag``; the build stops before writing
/// anything if any step found an error, and the output folder is replaced only when everything
/// succeeded (see ``OutputTransaction``).
public struct BuildPipeline: Sendable {
    /// Where the site's folders are.
    public var layout: SiteLayout
    /// What to do.
    public var options: BuildOptions
    /// The file system read and written.
    public var fileSystem: any FileSystem
    /// The Markdown engine: libcmark, or a stand-in in tests.
    var markdown: any MarkdownConverter
    /// The kinds of content the site has (see ``ContentKinds``).
    var kinds: [any ContentKind] = ContentKinds.builtIn
    /// What earlier builds of a ``BuildSession`` left to reuse; nil for a single build.
    var memory: BuildMemory?

    /// Creates a pipeline; by default it works on the real disk. Markdown is read by libcmark.
    public init(layout: SiteLayout = SiteLayout(), options: BuildOptions = BuildOptions(), fileSystem: any FileSystem = LocalFileSystem()) {
        self.init(layout: layout, options: options, fileSystem: fileSystem, markdown: CmarkConverter())
    }

    /// Creates a pipeline with another Markdown engine (tests).
    init(layout: SiteLayout, options: BuildOptions, fileSystem: any FileSystem, markdown: any MarkdownConverter) {
        self.layout = layout
        self.options = options
        self.fileSystem = fileSystem
        self.markdown = markdown
    }

    /// Runs the build and returns what happened. Never throws: every failure is a diagnostic.
    public func run() async -> BuildResult {
        let clock = ContinuousClock()
        let start = clock.now
        let diagnostics = DiagnosticBag()
        var timer = StepTimer(clock: clock)
        var siteTitle: String?
        var siteBaseURL: String?

        // The output a former build replaced is removed on another thread while this one runs.
        var transaction = OutputTransaction(outputDirectory: layout.outputDirectory, fileSystem: fileSystem)
        // Holds the search index's files until the build knows it will write (see below).
        var searchGate: OutputGate?
        func finish(pages: Int = 0, files: Int = 0) -> BuildResult {
            searchGate?.close()
            transaction.removals.wait()
            var result = BuildResult(diagnostics: diagnostics.all, pagesWritten: pages, filesCopied: files, seconds: (clock.now - start).seconds, stepTimes: timer.times)
            result.stepCPUTimes = timer.cpuTimes
            result.siteTitle = siteTitle
            result.siteBaseURL = siteBaseURL
            return result
        }
        func failed() -> Bool {
            diagnostics.hasErrors || (options.strict && !diagnostics.all.isEmpty)
        }

        // Step: check the folders.
        guard OutputSafety(layout: layout, diagnostics: diagnostics).check() else { return finish() }

        // Step: when every input has the stamp it had when the last build began, and the output
        // is as that build left it, stop here. (A session knows its own output; it does not
        // compare fingerprints.)
        let inputs = InputFingerprint(layout: layout, settings: options.fingerprintSettings, fileSystem: fileSystem)
        var reading: InputFingerprint.Reading?
        if options.writeOutput, memory == nil {
            reading = inputs.read()
            // (Without an output folder there is nothing to keep, and the state is not read.)
            if !options.force, let fingerprint = reading?.fingerprint, fileSystem.itemKind(at: layout.outputDirectory) == .directory,
               let state = BuildState.load(from: transaction.statePath, fingerprint: fingerprint, fileSystem: fileSystem),
               state.fingerprint == fingerprint, state.isCurrent(at: options.now ?? Date()),
               state.outputIsIntact(layout.outputDirectory, fileSystem: fileSystem) {
                for warning in state.warnings { diagnostics.report(warning) }
                // What a killed build left beside the output; the next full build would remove it too.
                try? transaction.removeLeftovers()
                timer.lap("compare with the last build")
                var result = finish(pages: state.pagesWritten, files: state.filesCopied)
                result.upToDate = true
                return result
            }
            timer.lap("compare with the last build")
        }

        // Step: load content.
        var loader = ContentLoader(layout: layout, fileSystem: fileSystem, markdown: markdown, includeDrafts: options.includeDrafts, kinds: kinds)
        loader.includeFuture = options.includeFuture
        loader.now = options.now
        var snapshot: [String: FileStamp] = [:]
        var sortedSnapshot: [(path: String, stamp: FileStamp)] = []
        if let memory {
            (snapshot, sortedSnapshot) = BuildMemory.snapshot(layout, fileSystem: fileSystem)
            memory.loadCache.prepare(context: BuildMemory.loadingContext(sortedSnapshot, layout: layout), stamps: snapshot)
            loader.cache = memory.loadCache
        }
        let loaded = await loader.load(diagnostics: diagnostics)
        siteTitle = loaded?.config.title
        siteBaseURL = loaded?.config.baseURL
        timer.lap("load content")

        // Step: load templates.
        let strings = StringsTable.forLanguage(loaded?.config.language ?? "zh-CN")
        var templates = MustacheTemplateRenderer.load(from: layout.templatesDirectory, fileSystem: fileSystem, strings: strings, diagnostics: diagnostics)
        if let loaded = templates, !TemplateNameCheck.check(loaded.sources.mapValues { TemplateNameCheck.Source(path: $0.path, text: $0.text) }, diagnostics: diagnostics) {
            templates = nil
        }
        // A session renders with the renderer of its earlier builds while the theme is the same.
        if let memory, let loaded = templates {
            if let kept = memory.renderer, kept.identity == loaded.identity { templates = kept } else { memory.renderer = loaded }
        }
        let assets = (try? fileSystem.files(under: layout.assetsDirectory)) ?? []
        timer.lap("load templates")
        guard let site = loaded else { return finish() }

        // Step, beside the next ones: the search index, made from the loaded site alone on a
        // thread of its own while the site is planned and checked (on the core those steps
        // leave idle) and then beside the pages, each filling the cores the other leaves idle
        // (the end of a parallel map, a file being created). Its files wait at a gate until
        // the build knows that it writes. (A session makes it in its full builds only, once
        // it knows that the build is one.)
        var search: BackgroundThread<(files: [Route], seconds: Double)>?
        if memory == nil, !failed() {
            let gate = OutputGate(outputDirectory: layout.outputDirectory) { [layout] route, error in
                SiteWriter.reportUnwritten(route, error, in: layout.outputDirectory, diagnostics: diagnostics)
            }
            searchGate = gate
            search = Self.searchIndex(of: site, to: gate, diagnostics: diagnostics, clock: clock)
        }

        // Step: plan the site and check its links (even when the templates are broken, so that
        // every problem of the run is reported together).
        // A session knows every input other than the announcements as one number, keeps the plan
        // while the announcements' addresses, tags and years stay the same, and takes what its
        // earlier builds found in the links of unchanged files.
        let global = memory.map { _ in BuildMemory.globalKey(sortedSnapshot, layout: layout, settings: options.fingerprintSettings) }
        let planKey = global.map { SitePlanner.inputKey(of: site, global: $0) }
        let plan: SitePlan
        if let planKey, let kept = memory?.plan, kept.key == planKey {
            plan = kept.plan
        } else if let memory, let planKey {
            // Kept only when planning found nothing to report, so that its problems are reported again.
            let planning = DiagnosticBag()
            var made = SitePlanner().plan(site, kinds: kinds, assets: assets, diagnostics: planning)
            made.targetsSum = made.routeTargetsSum()
            plan = made
            let found = planning.all
            for diagnostic in found { diagnostics.report(diagnostic) }
            memory.plan = found.isEmpty ? (planKey, plan) : nil
        } else {
            plan = SitePlanner().plan(site, kinds: kinds, assets: assets, diagnostics: diagnostics)
        }
        for name in plan.templateNames.sorted() where templates.map({ !$0.hasTemplate(named: name) }) == true {
            diagnostics.error(
                at: SourceLocation(path: Path.join(layout.templatesDirectory, name + ".mustache")),
                "template '\(name)' is missing",
                hint: "this site has pages that need it; the default theme in the sitegen repository has one to start from"
            )
        }
        let alliance = AllianceIndex(site: site, diagnostics: diagnostics)
        let linksKeys = { () -> [String: [UInt64]] in
            var linkChecker = LinkChecker(site: site, plan: plan, diagnostics: diagnostics, kinds: kinds)
            if let memory, let global { linkChecker.reuse = LinkChecker.Reuse(memory: memory.linkChecks, global: global, stamps: snapshot) }
            return linkChecker.check()
        }()
        if site.config.baseURL == nil, !diagnostics.hasErrors {
            diagnostics.warning(
                at: SourceLocation(path: layout.configPath),
                "no 'base_url' is set, so sitemap.xml is not written and the feed uses relative links",
                hint: "add 'base_url: https://…/' with the address the site is published at"
            )
        }
        var domains: [(domain: String, count: Int)] = []
        if !options.writeOutput { domains = ContentAudit(site: site, diagnostics: diagnostics, kinds: kinds).run() }
        timer.lap("plan and check links")
        guard !failed(), let theme = templates else { return finish() }
        // Only `theme` holds the templates from here on (see the release below).
        templates = nil

        // Step: render and write. A session renders again only the pages whose inputs changed
        // since its last good build, and updates its output in place.
        let writerOutput: (any OutputDestination)?
        var rebuild: (pages: [PlannedPage], removed: Set<Route>, output: BufferedOutput, keepSitemap: Bool)?
        var published: BuildMemory.Published?
        var itemKeys: [UInt64] = []
        if let memory, let global, options.writeOutput {
            var inputKeys = PageInputKeys(
                site: site, plan: plan, alliance: alliance, versions: BuildMemory.versions(of: site, snapshot: snapshot), global: global
            )
            // The link check knows where every body's links lead.
            inputKeys.linksKeys = linksKeys[AnnouncementKind().name]
            let keys = inputKeys.keys()
            itemKeys = inputKeys.itemKeys()
            let routes = SiteWriter.routes(site: site, plan: plan, assets: assets)
            published = BuildMemory.Published(global: global, keys: keys, routes: routes)
            published?.sitemapKey = SitemapWriter(site: site, plan: plan, kinds: kinds).inputKey(global: global)
            if let last = memory.published, last.global == global, fileSystem.itemKind(at: layout.outputDirectory) == .directory {
                let pages = plan.pages.filter { page in keys[page.route].map { last.keys[page.route] != $0 } ?? true }
                rebuild = (
                    pages, last.routes.subtracting(routes), BufferedOutput(outputDirectory: layout.outputDirectory, fileSystem: fileSystem),
                    last.sitemapKey == published?.sitemapKey
                )
                // The search index is made by whole builds only (see BuildSession).
                published?.searchRoutes = last.searchRoutes
            }
            timer.lap("compare page inputs")
        }
        if let rebuild {
            writerOutput = rebuild.output
        } else if options.writeOutput {
            do {
                try transaction.begin()
            } catch {
                diagnostics.error(at: SourceLocation(path: layout.outputDirectory), "output folder cannot be prepared: \(error)", hint: "sitegen writes a staging folder beside the output folder; check that you may write there")
                return finish()
            }
            writerOutput = transaction
        } else {
            writerOutput = nil
        }
        let writer = { () -> SiteWriter in
            var writer = SiteWriter(
                site: site, plan: plan, alliance: alliance, templates: theme, markdown: markdown, layout: layout,
                fileSystem: fileSystem, output: writerOutput, diagnostics: diagnostics, kinds: kinds
            )
            if let memory, !itemKeys.isEmpty {
                writer.chunkMemory = memory.chunks
                writer.itemKeys = itemKeys
            }
            return writer
        }()
        if let rebuild, let memory {
            let pages = await writer.writePages(rebuild.pages)
            timer.lap("render changed pages")
            let generated = writer.writeFeeds(keepingSitemap: rebuild.keepSitemap)
            timer.lap("write feeds")
            guard !failed() else { return finish() }
            do {
                let changed = try rebuild.output.flush(removing: rebuild.removed.sorted())
                // The folder no longer matches what the last full build recorded.
                try? fileSystem.removeItem(at: transaction.statePath)
                memory.published = published
                memory.chunks.forget(allBut: itemKeys)
                memory.staleSearch = site
                timer.lap("update output")
                var result = finish(pages: pages + generated)
                result.filesChanged = changed
                result.incremental = true
                result.scheduled = scheduledPosts(site)
                result.nextChange = nextChange(site)
                return result
            } catch {
                memory.published = nil
                diagnostics.error(at: SourceLocation(path: layout.outputDirectory), "the output cannot be updated: \(error)", hint: "check free disk space and permissions; the next build writes the whole site again")
                return finish()
            }
        }
        // The search index goes where the pages go (a session's full build starts it now).
        searchGate?.open(writerOutput)
        let searchIndex = search ?? Self.searchIndex(of: site, to: writerOutput, diagnostics: diagnostics, clock: clock)
        // The feeds, the sitemap and the pages at old addresses need one core for a moment:
        // they are made beside the pages, filling the end of their parallel map.
        let feeds = BackgroundThread(name: "sitegen feeds") { writer.writeFeeds() }
        let pages = await writer.writePages()
        timer.lap("render pages and search index")
        let files = writer.copyFiles(assets: assets)
        let generated = await feeds.value
        timer.lap("copy files and write feeds")
        let (searchFiles, searchSeconds) = await searchIndex.value
        published?.searchRoutes = Set(searchFiles)
        timer.lap("finish search index")

        // What the rest needs of the site; the site and everything made from it are freed on
        // another thread while the output is published.
        let keep = site.config.keep
        let scheduled = scheduledPosts(site)
        let upcoming = nextChange(site)
        let validUntil = upcoming.map { Int64($0.timeIntervalSince1970) }
        BackgroundRelease.release([consume writer, consume site, consume loaded as Any, consume plan, consume alliance, consume theme])

        guard options.writeOutput else {
            var result = finish(pages: pages + generated, files: files)
            result.searchIndexFiles = searchFiles.count
            result.searchIndexSeconds = searchSeconds
            result.externalDomains = domains
            result.scheduled = scheduled
            result.nextChange = upcoming
            return result
        }
        guard !failed() else {
            transaction.rollback()
            return finish()
        }
        do {
            try transaction.commit(keeping: keep)
        } catch {
            transaction.rollback()
            diagnostics.error(at: SourceLocation(path: layout.outputDirectory), "the new output cannot be moved into place: \(error)", hint: "check that nothing holds the output folder open and that you may write beside it")
            return finish()
        }
        // Recorded only if the inputs still have the stamps taken before loading: a file saved
        // meanwhile may or may not have been read as saved, and the next build must do the work.
        if let reading, inputs.isUnchanged(since: reading),
           let stamps = BuildState.stamps(
               of: transaction.stagedFiles, under: layout.outputDirectory, known: { [transaction] in transaction.writtenStamp(of: $0) }, fileSystem: fileSystem
           ) {
            let state = BuildState(
                fingerprint: reading.fingerprint, output: stamps, pagesWritten: pages + generated, filesCopied: files,
                warnings: diagnostics.all.filter { $0.severity == .warning },
                validUntil: validUntil
            )
            // Without a state the next build simply does all the work.
            try? state.save(to: transaction.statePath, fileSystem: fileSystem)
        }
        if let memory {
            memory.published = published
            memory.chunks.forget(allBut: itemKeys)
            memory.staleSearch = nil
        }
        timer.lap("publish output")
        var result = finish(pages: pages + generated, files: files)
        result.searchIndexFiles = searchFiles.count
        result.searchIndexSeconds = searchSeconds
        result.filesChanged = transaction.filesChanged
        result.scheduled = scheduled
        result.nextChange = upcoming
        return result
    }

    /// Writes the search index of the site a session's last incremental rebuild published,
    /// updating only the index files whose bytes changed and removing those it no longer has;
    /// returns how many files changed, or nil when the index was current. A failure leaves the
    /// next build to write the whole site.
    func refreshSearchIndex() -> Int? {
        guard let memory, let site = memory.staleSearch, var published = memory.published else { return nil }
        // Current only once its files are written.
        defer { memory.staleSearch = nil }
        let output = BufferedOutput(outputDirectory: layout.outputDirectory, fileSystem: fileSystem)
        // A buffer's writes do not fail: nothing is reported.
        let routes = Set(SiteWriter.writeSearchIndex(of: site, to: output, diagnostics: DiagnosticBag()))
        do {
            let changed = try output.flush(removing: published.searchRoutes.subtracting(routes).sorted())
            published.searchRoutes = routes
            memory.published = published
            return changed
        } catch {
            memory.published = nil
            return nil
        }
    }

    /// Starts writing the search index of `site` to `output` on a thread of its own; its
    /// result is the index's files and the seconds it took.
    private static func searchIndex(
        of site: Site, to output: (any OutputDestination)?, diagnostics: DiagnosticBag, clock: ContinuousClock
    ) -> BackgroundThread<(files: [Route], seconds: Double)> {
        BackgroundThread(name: "sitegen search index") {
            let start = clock.now
            let files = SiteWriter.writeSearchIndex(of: site, to: output, diagnostics: diagnostics)
            return (files, (clock.now - start).seconds)
        }
    }

    /// When `site` next changes by itself (see ``BuildResult/nextChange``).
    private func nextChange(_ site: Site) -> Date? {
        site.nextChange.map { $0.instant(offset: site.config.offsetMinutes) }
    }

    /// What `site` leaves out until its date.
    private func scheduledPosts(_ site: Site) -> [ScheduledPost] {
        site.scheduled.map { ScheduledPost(path: Path.join(layout.contentDirectory, $0.contentPath), title: $0.title, date: $0.date.description) }
    }
}
