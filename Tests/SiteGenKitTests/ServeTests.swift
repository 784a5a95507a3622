import Foundation
import Testing
@testable import SiteGenKit
@testable import SiteGenServer

/// `sitegen serve`'s server: a copy of the fixture site served on a free loopback port and
/// fetched with a plain HTTP client; edits on disk are picked up by the polling watcher.
@Suite(.serialized) struct ServeTests {
    /// A running preview of a working copy of the fixture site.
    struct Preview {
        let site: WorkingSite
        let server: PreviewServer
        let client: RawHTTPClient
        let builds: BuildLog

        /// The folder the server builds into.
        var buildDirectory: String {
            get async throws { try #require(await server.buildDirectory) }
        }

        /// Starts a preview under `basePath`, watching every 20 ms with a 50 ms quiet period.
        static func start(basePath: String = "/alliance/", prepare: (WorkingSite) throws -> Void = { _ in }) async throws -> Preview {
            let site = try WorkingSite()
            try prepare(site)
            var configuration = PreviewConfiguration(
                contentDirectory: site.layout.contentDirectory, templatesDirectory: site.layout.templatesDirectory, host: "127.0.0.1", port: 0
            )
            configuration.basePath = try BasePath(basePath)
            configuration.pollInterval = .milliseconds(20)
            configuration.debounce = .milliseconds(50)
            configuration.searchRefreshDelay = .milliseconds(100)
            let builds = BuildLog()
            let server = PreviewServer(configuration: configuration) { build in
                Task { await builds.record(build) }
            }
            let address = try await server.start()
            let port = try #require(URL(string: address)?.port.flatMap { UInt16(exactly: $0) })
            return Preview(site: site, server: server, client: RawHTTPClient(port: port), builds: builds)
        }

        /// Runs `body` with a started preview (see ``start(basePath:prepare:)``), then stops it.
        static func run(basePath: String = "/alliance/", prepare: (WorkingSite) throws -> Void = { _ in }, _ body: (Preview) async throws -> Void) async throws {
            let preview = try await start(basePath: basePath, prepare: prepare)
            do {
                try await body(preview)
            } catch {
                await preview.server.stop()
                throw error
            }
            await preview.server.stop()
        }

        /// Rewrites a content file by replacing `old` with `new`.
        func edit(_ path: String, replacing old: String, with new: String) throws {
            let file = site.content(path)
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(text.contains(old), "\(path) does not contain \(old)")
            try text.replacingOccurrences(of: old, with: new).write(toFile: file, atomically: true, encoding: .utf8)
        }
    }

    /// The builds the server reported, as the command line would print them.
    actor BuildLog {
        private(set) var builds: [PreviewBuild] = []
        func record(_ build: PreviewBuild) { builds.append(build) }
    }

    // MARK: serving

    @Test func pagesAreServedUnderTheBasePathWithTheLiveReloadScriptAddedOnlyToTheResponse() async throws {
        try await Preview.run { preview in
            #expect(await preview.server.address?.hasSuffix("/alliance/") == true)

            let home = try await preview.client.request("/alliance/")
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.text.contains("示例技工教育联盟"))
            let tag = #"<script src="/alliance/__sitegen/live.js" data-build="1" data-events="/alliance/__sitegen/events"></script>"#
            #expect(home.text.contains(tag + "\n</body>"), "the script goes right before </body>")
            #expect(home.text.components(separatedBy: "__sitegen/live.js").count == 2, "once")

            let onDisk = try String(contentsOfFile: Path.join(try await preview.buildDirectory, "index.html"), encoding: .utf8)
            #expect(!onDisk.contains("__sitegen"), "the built file itself is never changed")
            #expect(home.text == LiveReload.inject(into: Data(onDisk.utf8), basePath: try BasePath("/alliance/"), build: 1, overlay: nil).utf8String)

            let script = try await preview.client.request("/alliance/__sitegen/live.js")
            #expect(script.status == 200)
            #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("new EventSource("))
        }
    }

    @Test func theRootRedirectsToTheBasePathAndFoldersGetTheirSlash() async throws {
        try await Preview.run { preview in
            for (target, location) in [("/", "/alliance/"), ("/alliance", "/alliance/"), ("/alliance/about", "/alliance/about/"), ("/alliance/about?x=1", "/alliance/about/?x=1")] {
                let reply = try await preview.client.request(target)
                #expect(reply.status == 302, "\(target)")
                #expect(reply.headers["location"] == location, "\(target)")
            }
            let about = try await preview.client.request("/alliance/about/")
            #expect(about.status == 200)
            #expect(about.text.contains("<link rel=\"stylesheet\" href=\"../assets/style.css\">"), "relative links work under the base path")

            let chinese = try await preview.client.request("/alliance/announcements/%E6%8A%80%E8%83%BD%E7%AB%9E%E8%B5%9B/")
            #expect(chinese.status == 200, "Chinese slugs, percent-encoded")
            let chineseRedirect = try await preview.client.request("/alliance/announcements/%E6%8A%80%E8%83%BD%E7%AB%9E%E8%B5%9B")
            #expect(chineseRedirect.headers["location"] == "/alliance/announcements/%E6%8A%80%E8%83%BD%E7%AB%9E%E8%B5%9B/")
        }
    }

    @Test func aSiteAtTheRootIsServedThere() async throws {
        try await Preview.run(basePath: "/") { preview in
            let home = try await preview.client.request("/")
            #expect(home.status == 200)
            #expect(home.text.contains(#"<script src="/__sitegen/live.js""#))
            #expect(try await preview.client.request("/about/").status == 200)
        }
    }

    @Test func missingFilesGetTheSites404PageWithStatus404() async throws {
        try await Preview.run { preview in
            for target in ["/alliance/no-such-page/", "/alliance/announcements/nothing.html", "/elsewhere/"] {
                let reply = try await preview.client.request(target)
                #expect(reply.status == 404, "\(target)")
                #expect(reply.headers["content-type"] == "text/html; charset=utf-8")
                #expect(reply.text.contains("返回首页"), "the site's 404.html")
                #expect(reply.text.contains("/alliance/__sitegen/live.js"))
                #expect(!reply.text.contains("https://example.org/alliance/"), "the 404 page's absolute links lead to the preview, not the published site")
                #expect(reply.text.contains(#"<link rel="stylesheet" href="/alliance/assets/style.css">"#))
            }
        }
    }

    @Test func everyKindOfFileGetsItsContentType() async throws {
        try await Preview.run(prepare: { site in
            for name in ["logo.png", "photo.jpg", "photo.JPEG", "chart.svg", "app.js", "data.json", "notes"] {
                try Data("x".utf8).write(to: URL(fileURLWithPath: site.content("files/\(name)")))
            }
        }) { preview in
            let expected = [
                "/alliance/": "text/html; charset=utf-8",
                "/alliance/assets/style.css": "text/css; charset=utf-8",
                "/alliance/feed.xml": "application/xml; charset=utf-8",
                "/alliance/sitemap.xml": "application/xml; charset=utf-8",
                "/alliance/robots.txt": "text/plain; charset=utf-8",
                "/alliance/files/forms/charter.pdf": "application/pdf",
                "/alliance/files/logo.png": "image/png",
                "/alliance/files/photo.jpg": "image/jpeg",
                "/alliance/files/photo.JPEG": "image/jpeg",
                "/alliance/files/chart.svg": "image/svg+xml",
                "/alliance/files/app.js": "text/javascript; charset=utf-8",
                "/alliance/files/data.json": "application/json",
                "/alliance/files/notes": "application/octet-stream",
            ]
            for (target, type) in expected.sorted(by: { $0.key < $1.key }) {
                let reply = try await preview.client.request(target)
                #expect(reply.status == 200, "\(target)")
                #expect(reply.headers["content-type"] == type, "\(target)")
                #expect(reply.headers["cache-control"] == "no-store", "\(target)")
            }
            let pdf = try await preview.client.request("/alliance/files/forms/charter.pdf")
            let original = try Data(contentsOf: URL(fileURLWithPath: preview.site.content("files/forms/charter.pdf")))
            #expect(pdf.body == original, "non-HTML files are sent byte for byte")

            let head = try await preview.client.request("HEAD", "/alliance/files/forms/charter.pdf")
            #expect(head.status == 200)
            #expect(head.headers["content-length"] == String(original.count))
            #expect(head.body.isEmpty)
            #expect(try await preview.client.request("POST", "/alliance/").status == 405)
        }
    }

    @Test func noRequestReachesAFileOutsideTheBuildFolder() async throws {
        try await Preview.run { preview in
            let root = try await preview.buildDirectory
            let parent = Path.directory(of: root)
            let secret = "SECRET-\(UUID().uuidString)"
            try secret.write(toFile: Path.join(parent, "secret.txt"), atomically: true, encoding: .utf8)
            let outerSecret = Path.join(Path.directory(of: parent), "sitegen-serve-secret.txt")
            try secret.write(toFile: outerSecret, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: outerSecret) }
            // A link inside the build folder that leads out of it.
            try FileManager.default.createSymbolicLink(atPath: Path.join(root, "leak.txt"), withDestinationPath: Path.join(parent, "secret.txt"))
            #expect(try String(contentsOfFile: Path.join(root, "leak.txt"), encoding: .utf8) == secret)

            // Paths with `.` or `..` segments (however encoded) are refused as such: 400.
            let dotted = [
                "/alliance/../secret.txt", "/alliance/%2e%2e/secret.txt", "/alliance/%2E%2E/secret.txt", "/alliance/..%2fsecret.txt",
                "/alliance/%2e%2e%2fsecret.txt", "/alliance/assets/../../secret.txt", "/alliance/./../secret.txt",
                "/alliance/../../sitegen-serve-secret.txt", "/alliance/%2e%2e/%2e%2e/sitegen-serve-secret.txt",
                "/alliance/..\\secret.txt", "/alliance//../secret.txt", "/alliance/assets/%2e%2e/%2e%2e/secret.txt",
            ]
            // Outside the base path, or a link leading out: not found.
            let elsewhere = ["/../../../../etc/passwd", "/alliance/leak.txt"]
            for (targets, status) in [(dotted, 400), (elsewhere, 404)] {
                for target in targets {
                    for method in ["GET", "HEAD"] {
                        let reply = try await preview.client.request(method, target)
                        #expect(reply.status == status, "\(method) \(target)")
                        #expect(!reply.text.contains(secret), "\(method) \(target)")
                        #expect(!reply.text.contains("root:"), "\(method) \(target)")
                    }
                }
            }
        }
    }

    // MARK: rebuilding and live reload

    @Test func aSavedChangeIsRebuiltServedAndReloadsTheOpenPages() async throws {
        try await Preview.run { preview in
            let events = try await preview.client.openEvents("/alliance/__sitegen/events?since=1")
            defer { events.close() }
            try await waitUntil { await preview.server.listenerCount == 1 }

            try preview.edit("pages/about.md", replacing: "nav_order: 1", with: "nav_order: 1\nsummary: 第一次修改。")
            try preview.site.append("\n新增的一段：联盟欢迎新成员。\n", to: "pages/about.md")
            let reload = try await events.next { $0.name == "reload" }
            #expect(reload.data == #"{"build":2}"#)
            let about = try await preview.client.request("/alliance/about/")
            #expect(about.text.contains("新增的一段：联盟欢迎新成员。"))
            #expect(about.text.contains(#"data-build="2""#))
            #expect(await preview.server.goodBuilds == 2, "two saves close together are one rebuild")
            let builds = await preview.builds.builds.map(\.number)
            #expect(builds == [1, 2])
        }
    }

    @Test func theSearchIndexCatchesUpWithASavedAnnouncementAfterTheRebuild() async throws {
        try await Preview.run { preview in
            let phrase = "搜索索引随后更新的新词句"
            try preview.site.append("\n\(phrase)。\n", to: "announcements/2024-03-05-member-call.md")
            // The log is filled by tasks of their own: wait for the rebuild's entry.
            try await waitUntil { await preview.builds.builds.count == 2 }
            let rebuild = try #require(await preview.builds.builds.last)
            #expect(rebuild.result.incremental, "an announcement's save renders only the pages that show it")
            try await waitUntil { await preview.server.searchIndexIsCurrent }
            let documents = Path.join(try await preview.buildDirectory, "search/f")
            let texts = try LocalFileSystem().files(under: documents).map { try String(contentsOfFile: Path.join(documents, $0), encoding: .utf8) }
            #expect(texts.contains { $0.contains(phrase) }, "the index's documents hold the saved words")
            let page = try await preview.client.request("/alliance/announcements/member-call/")
            #expect(page.text.contains(phrase), "the page shows them too")
        }
    }

    @Test func aScheduledAnnouncementIsPublishedWhenItsMomentComesWithoutASave() async throws {
        // Two seconds from now, in the site's offset (+08:00, the default).
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let date = formatter.string(from: Date().addingTimeInterval(2))
        let moment = try #require(formatter.date(from: date))
        try await Preview.run(prepare: { site in
            try "---\ntitle: 定时发布的通知\ndate: \(date)\n---\n到点自动发布。\n"
                .write(toFile: site.content("announcements/timed.md"), atomically: true, encoding: .utf8)
        }) { preview in
            let first = await preview.builds.builds.first
            #expect(first?.result.scheduled.map(\.title) == ["定时发布的通知"])
            #expect(try await preview.client.request("/alliance/announcements/timed/").status == 404)

            try await waitUntil(timeout: .seconds(10)) { await preview.server.goodBuilds == 2 }
            #expect(Date() >= moment, "not built before its moment")
            let page = try await preview.client.request("/alliance/announcements/timed/")
            #expect(page.status == 200)
            #expect(page.text.contains("到点自动发布。"))
            try await Task.sleep(for: .milliseconds(300))
            #expect(await preview.server.goodBuilds == 2, "one build for the moment, then none until the next")
            let last = await preview.builds.builds.last?.result
            #expect(last?.scheduled.isEmpty == true)
            #expect(last?.nextChange.map { $0 > moment } ?? true)
        }
    }

    @Test func aBrokenFileKeepsTheLastGoodSiteShowsItsErrorsEscapedAndAFixReloads() async throws {
        try await Preview.run { preview in
            let before = try await preview.client.request("/alliance/announcements/founding/")
            #expect(before.status == 200)
            let events = try await preview.client.openEvents("/alliance/__sitegen/events?since=1")
            defer { events.close() }
            try await waitUntil { await preview.server.listenerCount == 1 }

            // Invalid front matter whose value is markup: it must reach the browser as text.
            try preview.edit("announcements/2023-09-28-founding.md", replacing: "date: 2023-09-28", with: "date: <img src=x onerror=alert(1)>")
            let errors = try await events.next { $0.name == "errors" }
            let payload = try JSONDecoder().decode(LiveEvent.ErrorsPayload.self, from: Data(errors.data.utf8))
            #expect(payload.build == 1)
            let problem = try #require(payload.errors.first { $0.severity == "error" })
            #expect(problem.file.hasSuffix("Content/announcements/2023-09-28-founding.md"))
            #expect(problem.line == 3 && problem.column == 7)
            #expect(problem.message == #"'date' must be a date like 2025-09-29, got "<img src=x onerror=alert(1)>""#)
            #expect(problem.hint?.hasPrefix("write the date as YYYY-MM-DD") == true)
            #expect(payload.overlay.contains("2023-09-28-founding.md:3:7</code>"))
            #expect(payload.overlay.contains("got &quot;&lt;img src=x onerror=alert(1)&gt;&quot;"))
            #expect(!payload.overlay.contains("<img"))

            let during = try await preview.client.request("/alliance/announcements/founding/")
            #expect(during.status == 200, "the last good site is still served")
            #expect(during.text.contains("<time datetime=\"2023-09-28\""), "with its old content")
            #expect(during.text.contains("id=\"sitegen-error-overlay\""), "and the errors over it")
            #expect(during.text.contains("&lt;img src=x onerror=alert(1)&gt;"))
            #expect(!during.text.contains("<img src=x"))
            let late = try await preview.client.openEvents("/alliance/__sitegen/events?since=1")
            defer { late.close() }
            try await late.next { $0.name == "errors" }

            try preview.edit("announcements/2023-09-28-founding.md", replacing: "date: <img src=x onerror=alert(1)>", with: "date: 2023-09-29")
            let reload = try await events.next { $0.name == "reload" }
            #expect(reload.data == #"{"build":2}"#)
            let after = try await preview.client.request("/alliance/announcements/founding/")
            #expect(after.text.contains("<time datetime=\"2023-09-29\""))
            #expect(!after.text.contains("sitegen-error-overlay"), "a good build clears the overlay")
            let builds = await preview.builds.builds
            #expect(builds.map(\.failed) == [false, true, false])
        }
    }

    @Test func aPageOfAnOlderBuildReloadsAsSoonAsItListens() async throws {
        try await Preview.run { preview in
            let current = try await preview.client.openEvents("/alliance/__sitegen/events?since=1")
            defer { current.close() }
            let stale = try await preview.client.openEvents("/alliance/__sitegen/events?since=0")
            defer { stale.close() }
            #expect(try await stale.next { $0.name == "reload" }.data == #"{"build":1}"#)
            try await waitUntil { await preview.server.listenerCount == 2 }
            #expect(current.events.isEmpty, "a page of the current build waits")
        }
    }

    @Test func theSitesOutputFolderIsNeverTouched() async throws {
        let site = try WorkingSite()
        #expect(await site.build().errorCount == 0)
        let stamps = try site.stamps()
        let entries = try site.entries()
        var configuration = PreviewConfiguration(contentDirectory: site.layout.contentDirectory, templatesDirectory: site.layout.templatesDirectory, port: 0)
        configuration.pollInterval = .milliseconds(20)
        configuration.debounce = .milliseconds(50)
        let server = PreviewServer(configuration: configuration)
        try await server.start()
        let root = try #require(await server.buildDirectory)
        #expect(!root.hasPrefix(site.root))
        try site.append("\n修改。\n", to: "pages/about.md")
        try await waitUntil { await server.goodBuilds == 2 }
        await server.stop()
        #expect(try site.stamps() == stamps)
        #expect(try site.entries() == entries, "nothing new beside Content/ and Output/")
        #expect(!FileManager.default.fileExists(atPath: Path.directory(of: root)), "the private build folder is removed at stop")
    }

    @Test func aPreviewClaimsItsBuildFolderAndTheNextRemovesFoldersOfKilledOnes() async throws {
        // The folder of a preview whose process is gone (killed before it could clean up).
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let abandoned = FilePaths.join(NSTemporaryDirectory(), AbandonedBuildFolders.prefix + "testgone\(getpid())")
        try FileManager.default.createDirectory(atPath: FilePaths.join(abandoned, "site"), withIntermediateDirectories: true)
        try Data("\(finished.processIdentifier)\n".utf8).write(to: URL(fileURLWithPath: FilePaths.join(abandoned, AbandonedBuildFolders.ownerFile)))

        let preview = try await Preview.start()
        let folder = Path.directory(of: try await preview.buildDirectory)
        let owner = FileManager.default.contents(atPath: FilePaths.join(folder, AbandonedBuildFolders.ownerFile))
        #expect(owner == Data("\(getpid())\n".utf8), "the running preview's folder names its process")
        #expect(!FileManager.default.fileExists(atPath: abandoned), "the killed preview's folder is gone")
        await preview.server.stop()
    }

    @Test func onlyFoldersOfPreviewsThatNoLongerRunAreRemoved() throws {
        let parent = try TestSupport.temporaryDirectory()
        func folder(_ name: String, owner: String?) throws -> String {
            let path = FilePaths.join(parent, name)
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            if let owner { try Data(owner.utf8).write(to: URL(fileURLWithPath: FilePaths.join(path, AbandonedBuildFolders.ownerFile))) }
            return path
        }
        let gone = try folder("sitegen-serve-gone", owner: "41\n")
        let running = try folder("sitegen-serve-running", owner: "42\n")
        let unclaimed = try folder("sitegen-serve-unclaimed", owner: nil)
        let garbled = try folder("sitegen-serve-garbled", owner: "forty-one")
        let other = try folder("other-tool-gone", owner: "41\n")
        let removed = AbandonedBuildFolders.remove(in: parent) { $0 == 42 }
        #expect(removed == [gone])
        for kept in [running, unclaimed, garbled, other] { #expect(FileManager.default.fileExists(atPath: kept), "\(kept)") }
        #expect(AbandonedBuildFolders.isRunning(getpid()))
    }

    @Test func stoppingEndsTheEventStreams() async throws {
        let preview = try await Preview.start()
        let events = try await preview.client.openEvents("/alliance/__sitegen/events?since=1")
        defer { events.close() }
        try await waitUntil { await preview.server.listenerCount == 1 }
        let clock = ContinuousClock()
        let start = clock.now
        await preview.server.stop()
        #expect(clock.now - start < .seconds(3))
        #expect(try await events.waitForEnd(timeout: 5))
        await #expect(throws: (any Error).self) { try await preview.client.request("/alliance/", timeout: 2) }
    }

    @Test func aPortInUseIsAnErrorWithAHint() async throws {
        try await Preview.run { preview in
            let site = try WorkingSite()
            let busy = PreviewServer(configuration: PreviewConfiguration(
                contentDirectory: site.layout.contentDirectory, templatesDirectory: site.layout.templatesDirectory, port: preview.client.port
            ))
            await #expect { try await busy.start() } throws: { error in
                guard let error = error as? ServeError, case let .cannotListen(host, port, reason) = error else { return false }
                return host == "127.0.0.1" && port == preview.client.port && reason.contains("in use")
            }
            #expect(await busy.buildDirectory.map { FileManager.default.fileExists(atPath: Path.directory(of: $0)) } == false, "its build folder is removed")
        }
    }

    // MARK: parts

    @Test func basePathsAreNormalisedAndCheckedForUnsafeSegments() throws {
        #expect(try BasePath("/alliance/").value == "/alliance/")
        #expect(try BasePath("alliance").value == "/alliance/")
        #expect(try BasePath("/yrd/alliance").value == "/yrd/alliance/")
        #expect(try BasePath("/").value == "/")
        #expect(try BasePath("").value == "/")
        #expect(try BasePath("/联盟/").value == "/联盟/")
        for bad in ["/a/../b/", "/./", "/a//b/", "/a b/", "/a?b/", "/a#b/", "/a%2e/", "/a\\b/"] {
            #expect(throws: ServeError.self, "\(bad)") { try BasePath(bad) }
        }
    }

    @Test func mediaTypesFollowTheExtension() {
        #expect(MediaTypes.type(ofFile: "a/b/index.html") == "text/html; charset=utf-8")
        #expect(MediaTypes.type(ofFile: "x.PNG") == "image/png")
        #expect(MediaTypes.type(ofFile: "files/报告.pdf") == "application/pdf")
        #expect(MediaTypes.type(ofFile: "files/.hidden") == "application/octet-stream")
        #expect(MediaTypes.type(ofFile: "a.b/c") == "application/octet-stream")
    }

    @Test func theOverlayEscapesEveryText() {
        let diagnostic = Diagnostic.error(
            at: SourceLocation(path: "Content/<b>.md", line: 2, column: 3), "got \"<script>alert('x')</script>\" & more", hint: "use <em> & 'quotes'"
        )
        let html = ErrorOverlay.html(for: [diagnostic])
        #expect(html.contains("Content/&lt;b&gt;.md:2:3"))
        #expect(html.contains("got &quot;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; &amp; more"))
        #expect(html.contains("hint: use &lt;em&gt; &amp; &#39;quotes&#39;"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<em>"))
    }

    @Test func theScriptGoesBeforeTheLastClosingBodyTag() {
        let base = BasePath.root
        let page = LiveReload.inject(into: Data("<p>&lt;/body&gt;</p></BODY></html>".utf8), basePath: base, build: 4, overlay: "<div>o</div>").utf8String
        #expect(page == "<p>&lt;/body&gt;</p><div>o</div>\n\(LiveReload.scriptTag(basePath: base, build: 4))\n</BODY></html>")
        let fragment = LiveReload.inject(into: Data("<p>no body</p>".utf8), basePath: base, build: 1, overlay: nil).utf8String
        #expect(fragment == "<p>no body</p>\(LiveReload.scriptTag(basePath: base, build: 1))\n")
    }

    @Test func aBurstOfSavesIsOneChange() async throws {
        let site = try WorkingSite()
        let watcher = SiteWatcher(directories: [site.layout.contentDirectory], fileSystem: LocalFileSystem(), interval: .milliseconds(10), quietPeriod: .milliseconds(150))
        let changes = Counter()
        let task = Task { await watcher.run(from: watcher.snapshot()) { await changes.increment() } }
        defer { task.cancel() }
        for index in 0..<5 {
            try site.append("\n第\(index)次保存。\n", to: "pages/about.md")
            try await Task.sleep(for: .milliseconds(30))
        }
        try await waitUntil { await changes.value == 1 }
        try await Task.sleep(for: .milliseconds(300))
        #expect(await changes.value == 1)
        try Data("新文件".utf8).write(to: URL(fileURLWithPath: site.content("files/new.txt")))
        try await waitUntil { await changes.value == 2 }
    }

    actor Counter {
        private(set) var value = 0
        func increment() { value += 1 }
    }

    /// Polls `condition` every 10 ms; fails after `timeout`.
    private func waitUntil(timeout: Duration = .seconds(15), _ condition: () async -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while await !condition() {
            guard ContinuousClock.now < deadline else {
                Issue.record("condition not met within \(timeout)")
                throw CancellationError()
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }
}

extension Data {
    /// The bytes as UTF-8 text.
    fileprivate var utf8String: String { String(decoding: self, as: UTF8.self) }
}
