import FlyingFox
import FlyingSocks
import Foundation
import SiteGenKit

/// `sitegen serve`: builds the site into a private folder, serves it over HTTP, rebuilds it when
/// a file of the content or the theme changes, and tells the open pages to reload.
///
/// The build never goes to the site's `Output/`. A failed rebuild leaves the last good site in
/// place (the pipeline only swaps its output in on success): it goes on being served, with an
/// overlay listing the problems, until the next good build.
public actor PreviewServer {
    /// What is served, and how.
    public let configuration: PreviewConfiguration
    private let fileSystem: any FileSystem
    private let onBuild: @Sendable (PreviewBuild) -> Void
    private let hub = EventHub()

    private var server: HTTPServer?
    private var serverTask: Task<Void, Never>?
    private var watchTask: Task<Void, Never>?
    private var keepAliveTask: Task<Void, Never>?
    /// The build under way, which the next one waits for: a session runs one build at a time.
    private var currentBuild: Task<Void, Never>?
    /// A build at the moment the site next changes by itself (a scheduled announcement's date).
    private var scheduledBuild: Task<Void, Never>?
    /// The search index's refresh after a rebuild, waiting for the saves to pause.
    private var searchRefresh: Task<Void, Never>?
    private var stopping = false
    /// The folder holding the build folder, removed at stop when this server made it.
    private var temporaryFolder: String?
    private var buildCount = 0
    /// Builds the site again and again, rendering only what saved files change.
    private var session: BuildSession?
    private var lastTitle: String?

    /// The folder the site is built into and served from (set by ``start()``).
    public private(set) var buildDirectory: String?
    /// The address the site is served at, such as `http://127.0.0.1:8080/alliance/` (set by ``start()``).
    public private(set) var address: String?
    /// The site's title from its last build that read it.
    public var siteTitle: String? { lastTitle }

    /// Creates a server; nothing happens before ``start()``. `onBuild` is called after every
    /// build (the first one included), e.g. to print its problems.
    public init(configuration: PreviewConfiguration, fileSystem: any FileSystem = LocalFileSystem(), onBuild: @escaping @Sendable (PreviewBuild) -> Void = { _ in }) {
        self.configuration = configuration
        self.fileSystem = fileSystem
        self.onBuild = onBuild
    }

    /// Builds the site, starts listening and watching; returns the address the site is served at.
    /// The server runs until ``stop()``. A first build with errors still starts the server: its
    /// pages show the errors and reload once they are fixed.
    @discardableResult
    public func start() async throws -> String {
        let socketAddress = try Self.socketAddress(host: configuration.host, port: configuration.port)
        let root = try makeBuildDirectory()
        buildDirectory = root

        let watcher = SiteWatcher(
            directories: [configuration.contentDirectory, configuration.templatesDirectory],
            fileSystem: fileSystem, interval: configuration.pollInterval, quietPeriod: configuration.debounce
        )
        // Taken before the first build, so that a file saved during it causes a rebuild.
        let baseline = watcher.snapshot()
        await build()

        let handler = SiteRequestHandler(root: root, basePath: configuration.basePath, fileSystem: fileSystem, hub: hub)
        let server = HTTPServer(address: socketAddress, timeout: 30, pool: HTTPServer.defaultPool(), logger: .disabled, handler: handler)
        let outcome = RunOutcome()
        serverTask = Task {
            do { try await server.run() } catch { await outcome.record(error) }
        }
        // Wait until it listens, or learn why it cannot.
        let deadline = ContinuousClock.now + .seconds(10)
        while await !server.isListening {
            if let error = await outcome.error {
                await cleanUp()
                throw ServeError.cannotListen(host: configuration.host, port: configuration.port, reason: Self.describe(error))
            }
            if ContinuousClock.now > deadline {
                await cleanUp()
                throw ServeError.cannotListen(host: configuration.host, port: configuration.port, reason: "the server did not start listening within 10 seconds")
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        self.server = server
        let port = await Self.port(of: server.listeningAddress) ?? configuration.port
        let hostPart = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        let address = "http://\(hostPart):\(port)\(SiteRequestHandler.encodedPath(configuration.basePath.value))"
        self.address = address

        watchTask = Task { [weak self] in
            await watcher.run(from: baseline) { [weak self] in await self?.build() }
        }
        let interval = configuration.keepAliveInterval
        keepAliveTask = Task { [hub] in
            while (try? await Task.sleep(for: interval)) != nil { await hub.keepAlive() }
        }
        return address
    }

    /// Stops watching (after a build under way has finished), ends the event streams, closes the
    /// connections and removes the build folder it made.
    public func stop() async {
        stopping = true
        scheduledBuild?.cancel()
        scheduledBuild = nil
        searchRefresh?.cancel()
        searchRefresh = nil
        watchTask?.cancel()
        await watchTask?.value
        watchTask = nil
        await currentBuild?.value
        scheduledBuild?.cancel()
        scheduledBuild = nil
        keepAliveTask?.cancel()
        keepAliveTask = nil
        await hub.close()
        if let server {
            await server.stop(timeout: 0.2)
        }
        server = nil
        await serverTask?.value
        serverTask = nil
        await cleanUp()
    }

    /// Rebuilds now, as the watcher does after a change (tests).
    func rebuild() async {
        await build()
    }

    /// How many good builds were served so far.
    var goodBuilds: Int {
        get async { await hub.build }
    }

    /// How many browsers listen for events.
    var listenerCount: Int {
        get async { await hub.listenerCount }
    }

    /// Builds after the builds asked for before (the watcher's and the scheduled ones).
    private func build() async {
        await afterEarlierBuilds { await self.buildNow() }
    }

    /// Runs `work` once the builds asked for before it have finished, as the next of them.
    private func afterEarlierBuilds(_ work: @escaping @Sendable () async -> Void) async {
        let previous = currentBuild
        let next = Task {
            await previous?.value
            await work()
        }
        currentBuild = next
        await next.value
    }

    private func buildNow() async {
        guard let root = buildDirectory else { return }
        // This build's own refresh follows it, if it needs one.
        searchRefresh?.cancel()
        searchRefresh = nil
        let session: BuildSession
        if let existing = self.session {
            session = existing
        } else {
            let layout = SiteLayout(contentDirectory: configuration.contentDirectory, templatesDirectory: configuration.templatesDirectory, outputDirectory: root)
            var options = BuildOptions(includeDrafts: configuration.includeDrafts, strict: false, writeOutput: true)
            options.includeFuture = configuration.includeFuture
            session = BuildSession(layout: layout, options: options, fileSystem: fileSystem)
            self.session = session
        }
        let result = await session.build()
        buildCount += 1
        if let title = result.siteTitle { lastTitle = title }
        let build = PreviewBuild(result: result, number: buildCount)
        if build.failed {
            await hub.buildFailed(result.diagnostics)
        } else {
            await hub.buildSucceeded(siteBaseURL: result.siteBaseURL)
        }
        onBuild(build)
        schedule(at: build.failed ? nil : result.nextChange)
        if session.searchIndexIsStale { scheduleSearchRefresh() }
    }

    /// Brings the search index up to date once no save came for
    /// ``PreviewConfiguration/searchRefreshDelay``; a build that starts first cancels it.
    private func scheduleSearchRefresh() {
        guard !stopping else { return }
        let delay = configuration.searchRefreshDelay
        searchRefresh = Task { [weak self] in
            guard (try? await Task.sleep(for: delay)) != nil else { return }
            await self?.refreshSearchIndex()
        }
    }

    /// Refreshes the search index after the builds asked for before, as one more build.
    private func refreshSearchIndex() async {
        searchRefresh = nil
        await afterEarlierBuilds { [session] in
            // Pages do not change: open pages need no reload, and search.js reads meta.js anew.
            session?.refreshSearchIndex()
        }
    }

    /// Whether the search index shows the last build (tests).
    var searchIndexIsCurrent: Bool { session.map { !$0.searchIndexIsStale } ?? false }

    /// Builds again at `moment` (replacing any build scheduled before), so that an announcement
    /// is published when its date comes without waiting for a save; nil schedules nothing.
    private func schedule(at moment: Date?) {
        scheduledBuild?.cancel()
        scheduledBuild = nil
        guard let moment, !stopping else { return }
        let delay = max(0, moment.timeIntervalSinceNow)
        scheduledBuild = Task { [weak self] in
            // A little after the moment, so that the build's clock has passed it.
            guard (try? await Task.sleep(for: .seconds(delay) + .milliseconds(50))) != nil else { return }
            await self?.scheduledMomentCame()
        }
    }

    private func scheduledMomentCame() async {
        scheduledBuild = nil
        guard !stopping else { return }
        await build()
    }

    /// The configured folder, or a new one in the system's temporary folder.
    private func makeBuildDirectory() throws -> String {
        if let directory = configuration.buildDirectory { return directory }
        // Folders of earlier previews that were killed before they could clean up.
        AbandonedBuildFolders.remove(in: NSTemporaryDirectory())
        var template = Array(FilePaths.join(NSTemporaryDirectory(), AbandonedBuildFolders.prefix + "XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw ServeError.cannotCreateBuildFolder(String(cString: strerror(errno)))
        }
        let folder = String(cString: made)
        AbandonedBuildFolders.claim(folder)
        temporaryFolder = folder
        return FilePaths.join(folder, "site")
    }

    private func cleanUp() async {
        if let folder = temporaryFolder {
            try? fileSystem.removeItem(at: folder)
            temporaryFolder = nil
        }
    }

    /// The address to bind for `host` and `port`.
    static func socketAddress(host: String, port: UInt16) throws -> any SocketAddress {
        let name = host == "localhost" ? "127.0.0.1" : host
        do {
            if name.contains(":") {
                return try sockaddr_in6.inet6(ip6: name, port: port)
            }
            return try sockaddr_in.inet(ip4: name, port: port)
        } catch {
            throw ServeError.invalidHost(host)
        }
    }

    private static func port(of address: Socket.Address?) -> UInt16? {
        switch address {
        case let .ip4(_, port), let .ip6(_, port): port
        default: nil
        }
    }

    private static func describe(_ error: any Error) -> String {
        if let socketError = error as? SocketError, case let .failed(type, errno, message) = socketError {
            return "\(type.lowercased()) failed: \(message) (errno \(errno))"
        }
        return "\(error)"
    }
}

/// How the server's run ended, when it ended before listening.
private actor RunOutcome {
    private(set) var error: (any Error)?

    func record(_ error: any Error) {
        self.error = error
    }
}
