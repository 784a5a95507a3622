import Foundation

/// What the builds of one ``BuildSession`` remember of each other: what every content file
/// loaded into, the last plan, what checking each body's links found, the rendered list items,
/// the theme's renderer, and what the last good build made of every page.
final class BuildMemory: @unchecked Sendable {
    /// What the last good build published.
    struct Published: Sendable {
        /// Every input other than the announcement files (see ``BuildMemory/globalKey(_:layout:settings:)``).
        var global: UInt64
        /// The input key of each page that has one (see ``PageInputKeys``).
        var keys: [Route: UInt64]
        /// Every file the build wrote, but the search index's.
        var routes: Set<Route>
        /// The files of the search index, which only whole builds write.
        var searchRoutes: Set<Route> = []
        /// What the sitemap was made from (see ``SitemapWriter/inputKey(global:)``).
        var sitemapKey: UInt64 = 0
    }

    /// Each content file's loaded value.
    let loadCache = LoadCache()
    /// The announcements' list items, rendered once (see ``ChunkMemory``).
    let chunks = ChunkMemory()
    /// What checking each body's links found (see ``LinkCheckMemory``).
    let linkChecks = LinkCheckMemory()
    private let lock = NSLock()
    private var lastPublished: Published?
    private var lastPlan: (key: UInt64, plan: SitePlan)?
    private var unindexedSite: Site?
    private var keptRenderer: MustacheTemplateRenderer?

    init() {}

    private func locked<Value>(_ body: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// What the last good build published; nil before the first one, or after a build that may
    /// have left the output half updated.
    var published: Published? {
        get { locked { lastPublished } }
        set { locked { lastPublished = newValue } }
    }

    /// The site the output shows when its search index is older (an incremental rebuild leaves
    /// the index as the last whole build made it); nil when the index is current.
    var staleSearch: Site? {
        get { locked { unindexedSite } }
        set { locked { unindexedSite = newValue } }
    }

    /// The theme's renderer, kept while the theme stays the same (``MustacheTemplateRenderer/identity``):
    /// its folded copies of the theme and the shapes its pages found serve the next builds, which
    /// would otherwise record every shape again.
    var renderer: MustacheTemplateRenderer? {
        get { locked { keptRenderer } }
        set { locked { keptRenderer = newValue } }
    }

    /// The last plan made without problems, and what it was made from
    /// (``SitePlanner/inputKey(of:global:)``).
    var plan: (key: UInt64, plan: SitePlan)? {
        get { locked { lastPlan } }
        set { locked { lastPlan = newValue } }
    }

    /// Every file below the content and theme folders with its stamp, by path and in the order
    /// of the paths.
    static func snapshot(_ layout: SiteLayout, fileSystem: any FileSystem) -> (stamps: [String: FileStamp], sorted: [(path: String, stamp: FileStamp)]) {
        var sorted: [(path: String, stamp: FileStamp)] = []
        for directory in [layout.contentDirectory, layout.templatesDirectory] {
            // Each folder's files come sorted.
            sorted += ((try? fileSystem.stamps(under: directory)) ?? []).map { (Path.join(directory, $0.file), $0.stamp) }
        }
        if !zip(sorted, sorted.dropFirst()).allSatisfy({ $0.path < $1.path }) { sorted.sort { $0.path < $1.path } }
        var stamps: [String: FileStamp] = [:]
        stamps.reserveCapacity(sorted.count)
        for (path, stamp) in sorted { stamps[path] = stamp }
        return (stamps, sorted)
    }

    /// What decoding a content file depends on besides the file itself: every content file
    /// that is not Markdown (the settings, the members, the downloads whose sizes are shown),
    /// and the members' own files (announcements name members by their place in the list).
    /// `sorted` is the snapshot in the order of its paths.
    static func loadingContext(_ sorted: [(path: String, stamp: FileStamp)], layout: SiteLayout) -> String {
        var hash = StableHash()
        var content = layout.contentDirectory
        while content.count > 1, content.hasSuffix("/") { content.removeLast() }
        content += "/"
        let members = content + "members/"
        for (path, stamp) in sorted where path.hasPrefix(content) && (Path.fileExtension(path) != "md" || path.hasPrefix(members)) {
            combine(path, stamp, into: &hash)
        }
        return hash.hex
    }

    /// Every input other than the announcement files, and the build's settings.
    static func globalKey(_ sorted: [(path: String, stamp: FileStamp)], layout: SiteLayout, settings: [String]) -> UInt64 {
        var hash = StableHash()
        for setting in settings { hash.combine(setting) }
        let announcements = Path.join(layout.contentDirectory, "announcements") + "/"
        for (path, stamp) in sorted where !(path.hasPrefix(announcements) && Path.fileExtension(path) == "md") {
            combine(path, stamp, into: &hash)
        }
        return hash.value
    }

    /// The version of each announcement: its file's stamp, and what the moment of the build
    /// decides about it.
    static func versions(of site: Site, snapshot: [String: FileStamp]) -> [UInt64] {
        ParallelMap.mapNow(site.announcements) { announcement in
            var hash = StableHash()
            hash.combine(announcement.body.path)
            if let stamp = snapshot[announcement.body.path] {
                combine(announcement.body.path, stamp, into: &hash)
            } else {
                // Read but no longer listed: never taken for unchanged.
                hash.combine(UInt64.random(in: .min ... .max))
            }
            hash.combine(announcement.isExpired(at: site.now) ? 1 : 0)
            hash.combine(announcement.isDraft ? 1 : 0)
            return hash.value
        }
    }

    private static func combine(_ path: String, _ stamp: FileStamp?, into hash: inout StableHash) {
        hash.combine(path)
        guard let stamp else { return }
        hash.combine(stamp)
    }
}
