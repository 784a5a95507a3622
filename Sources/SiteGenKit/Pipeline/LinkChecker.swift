import Foundation

/// Checks every link editors wrote — in Markdown bodies and the navigation — before anything is
/// rendered, so that each broken one is reported with its location.
struct LinkChecker: Sendable {
    let site: Site
    let plan: SitePlan
    let diagnostics: DiagnosticBag
    /// The kinds of content, whose bodies are checked.
    var kinds: [any ContentKind] = ContentKinds.builtIn
    /// What a session's earlier builds found, to take for the bodies that did not change.
    var reuse: Reuse?

    /// What lets a session's rebuild take what its earlier builds found (see ``LinkCheckMemory``).
    struct Reuse: Sendable {
        /// Where the findings are kept.
        let memory: LinkCheckMemory
        /// Every input other than the announcement files (``BuildMemory/globalKey(_:layout:settings:)``).
        let global: UInt64
        /// Each input file's stamp from before loading (``BuildMemory/snapshot(_:fileSystem:)``).
        /// A body whose file has the stamp it had is the body loaded last time (loading takes it
        /// from ``LoadCache``; anything else it depends on is in `global`), so the file's path
        /// and stamp stand for its links and headings, which need not be hashed again.
        var stamps: [String: FileStamp] = [:]
    }

    /// Checks every link; in a session, returns where the links of each kind's bodies lead
    /// (``LinkResolver/linksKey(of:)``), by kind name and position.
    @discardableResult
    func check() -> [String: [UInt64]] {
        let resolver = LinkResolver(plan: plan)
        for item in site.config.navigation {
            switch resolver.resolve(item.link, writtenIn: nil) {
            case let .broken(message, hint):
                reportBroken(at: item.location, message, hint: hint, into: diagnostics)
            case let .unsafe(scheme):
                diagnostics.error(at: item.location, "navigation link uses the '\(scheme):' scheme, which is not allowed", hint: "links may be site paths like /about/ or http, https, mailto and tel URLs")
            case .route, .unchanged:
                break
            }
        }
        for (key, file) in [("favicon", site.config.favicon), ("social_image", site.config.socialImage)] {
            guard let file, !plan.allRoutes.contains(Routes.file(file.path)) else { continue }
            let files = plan.allRoutes.map(\.path).filter { $0.hasPrefix("files/") }.map { String($0.dropFirst(6)) }
            diagnostics.error(
                at: file.location, "'\(key)' names files/\(file.path), which does not exist",
                hint: Suggestions.hint(for: file.path, in: files) ?? "put the file at Content/files/\(file.path)"
            )
        }
        var collected: [MarkdownSource] = []
        var kindRanges: [(name: String, range: Range<Int>)] = []
        for kind in kinds {
            let start = collected.count
            collected += kind.bodies(in: site)
            kindRanges.append((kind.name, start..<collected.count))
        }
        let bodies = collected
        var entries: [LinkCheckMemory.Entry?] = []
        var unchecked: [Int] = []
        var versions: [UInt64?] = []
        var headings: [UInt64] = []
        var keys: [UInt64] = []
        if let reuse {
            let previous = reuse.memory.take()
            // Where each body's entry from the last build is: usually at the same position,
            // otherwise found by the file; -1 for none.
            var previousByPath: [String: Int]?
            var earlier: [Int] = []
            earlier.reserveCapacity(bodies.count)
            for (position, body) in bodies.enumerated() {
                if previous.indices.contains(position), previous[position].path == body.path {
                    earlier.append(position)
                    continue
                }
                if previousByPath == nil { previousByPath = Dictionary(previous.enumerated().map { ($1.path, $0) }) { first, _ in first } }
                earlier.append(previousByPath?[body.path] ?? -1)
            }
            versions = Self.versions(of: bodies, stamps: reuse.stamps)
            // A body of the same version has the headings it had.
            headings = ParallelMap.mapNow(Array(bodies.indices)) { [versions, earlier] position in
                if let version = versions[position], earlier[position] >= 0, previous[earlier[position]].version == version {
                    return previous[earlier[position]].headingsKey
                }
                return SitePlan.headingsKey(of: bodies[position])
            }
            keys = bodyKeys(of: bodies, versions: versions, linkTargets: plan.linkTargetsKey(headings: headings), global: reuse.global)
            entries = Array(repeating: nil, count: bodies.count)
            for position in bodies.indices {
                let old = earlier[position]
                if old >= 0, previous[old].key == keys[position] {
                    for diagnostic in previous[old].diagnostics { diagnostics.report(diagnostic) }
                    entries[position] = previous[old]
                } else {
                    unchecked.append(position)
                }
            }
        } else {
            unchecked = Array(bodies.indices)
        }
        if !unchecked.isEmpty {
            // The headings that `#fragment` links may name, by the page they are on (found
            // when a link first names a fragment: a rebuild checks a body or two).
            let headingsByRoute = HeadingsByRoute(bodies: bodies, plan: plan)
            let anchors: @Sendable (Route) -> Set<String>? = { route in headingsByRoute.anchors(of: route) }
            // On all cores: resolutions are shared through the plan's cache, and diagnostics are
            // sorted when they are read.
            let remember = reuse != nil
            let found = ParallelMap.mapNow(unchecked) { position -> (problems: [Diagnostic], linksKey: UInt64) in
                guard remember else {
                    return ([], check(bodies[position], resolver: resolver, anchors: anchors, into: diagnostics))
                }
                let own = DiagnosticBag()
                let linksKey = check(bodies[position], resolver: resolver, anchors: anchors, into: own)
                return (own.all, linksKey)
            }
            if remember {
                for (position, finding) in zip(unchecked, found) {
                    for diagnostic in finding.problems { diagnostics.report(diagnostic) }
                    entries[position] = LinkCheckMemory.Entry(
                        path: bodies[position].path, version: versions[position], headingsKey: headings[position], key: keys[position],
                        diagnostics: finding.problems, linksKey: finding.linksKey
                    )
                }
            }
        }
        guard let reuse else { return [:] }
        let kept = entries.compactMap { $0 }
        reuse.memory.replace(with: kept)
        guard kept.count == bodies.count else { return [:] }
        var linksKeys: [String: [UInt64]] = [:]
        for (name, range) in kindRanges { linksKeys[name] = kept[range].map(\.linksKey) }
        return linksKeys
    }

    /// The version of each body whose file's stamp is known (a body loaded from a file with
    /// the stamp it had is the body loaded then; see ``Reuse/stamps``), by position; nil for
    /// the others, which are read through.
    private static func versions(of bodies: [MarkdownSource], stamps: [String: FileStamp]) -> [UInt64?] {
        ParallelMap.mapNow(bodies) { body -> UInt64? in
            guard let stamp = stamps[body.path] else { return nil }
            var hash = StableHash()
            hash.combine(body.path)
            hash.combine(body.contentPath)
            hash.combine(stamp)
            return hash.value
        }
    }

    /// What the check of each body depends on, by position: everything of the body that the
    /// check reads (its version, when it has one), every input other than the announcement
    /// files, and everything links can lead to (`linkTargets`).
    private func bodyKeys(of bodies: [MarkdownSource], versions: [UInt64?], linkTargets: UInt64, global: UInt64) -> [UInt64] {
        var start = StableHash()
        start.combine(global)
        start.combine(linkTargets)
        let base = start
        return ParallelMap.mapNow(Array(bodies.indices)) { position in
            var hash = base
            if let version = versions[position] {
                hash.combine(version)
                return hash.value
            }
            let body = bodies[position]
            hash.combine(body.path)
            hash.combine(body.contentPath)
            hash.combine(UInt64(body.lineOffset))
            hash.combine(UInt64(body.links.count))
            for link in body.links {
                hash.combine(link.destination)
                hash.combine(UInt64(link.line))
                hash.combine(UInt64(link.column))
                hash.combine(link.isImage ? 1 : 0)
            }
            hash.combine(UInt64(body.anchors.count))
            for anchor in body.anchors { hash.combine(anchor) }
            return hash.value
        }
    }

    /// A broken link: an error, or a warning with `broken_links: warn`.
    private func reportBroken(at location: SourceLocation, _ message: String, hint: String?, into diagnostics: DiagnosticBag) {
        if site.config.brokenLinksWarn {
            diagnostics.warning(at: location, message, hint: hint.map { $0 + " (broken_links: warn publishes it as written)" })
        } else {
            diagnostics.error(at: location, message, hint: hint)
        }
    }

    /// Checks the links of one body, reporting to `diagnostics`; returns where they lead
    /// (``LinkResolver/linksKey(of:)``). `anchors` gives the headings of a page.
    @discardableResult
    private func check(_ body: MarkdownSource, resolver: LinkResolver, anchors: (Route) -> Set<String>?, into diagnostics: DiagnosticBag) -> UInt64 {
        let ownRoute = plan.routesByContentPath[body.contentPath]
        var linksKey = StableHash()
        linksKey.combine(UInt64(body.links.count))
        for link in body.links {
            let resolution = resolver.resolve(link.destination, writtenIn: body.contentPath)
            LinkResolver.combine(resolution, into: &linksKey)
            switch resolution {
            case let .broken(message, hint):
                let what = link.isImage ? message.replacingOccurrences(of: "link ", with: "image ") : message
                reportBroken(at: body.location(of: link), what, hint: hint, into: diagnostics)
            case let .route(route, suffix):
                if suffix.utf8.contains(UInt8(ascii: "#")) { checkFragment(suffix, of: link, in: body, anchors: anchors(route), into: diagnostics) }
            case let .unsafe(scheme):
                diagnostics.warning(
                    at: body.location(of: link),
                    "\(link.isImage ? "image" : "link") uses the '\(scheme):' scheme and is left out",
                    hint: "only http, https, mailto and tel URLs and links within the site are emitted"
                )
            case .unchanged:
                if link.destination.hasPrefix("#"), let ownRoute {
                    checkFragment(link.destination, of: link, in: body, anchors: anchors(ownRoute), into: diagnostics)
                }
            }
        }
        return linksKey.value
    }

    /// Warns when `#fragment` names no heading of a page whose headings are known.
    private func checkFragment(_ suffix: String, of link: MarkdownLink, in body: MarkdownSource, anchors: Set<String>?, into diagnostics: DiagnosticBag) {
        guard let anchors, let hash = suffix.firstIndex(of: "#") else { return }
        let fragment = String(suffix[suffix.index(after: hash)...])
        let decoded = PercentDecoding.decode(fragment) ?? fragment
        guard !decoded.isEmpty, !anchors.contains(decoded) else { return }
        let hint = Suggestions.hint(for: decoded, in: anchors.sorted())
            ?? (anchors.isEmpty ? "the target page has no headings to link to" : "its headings' ids are: " + anchors.sorted().joined(separator: ", "))
        diagnostics.warning(at: body.location(of: link), "link \"\(link.destination)\" names the section '#\(decoded)', which does not exist", hint: hint + "; a heading's id is its text, or what follows it as {#id}")
    }
}

extension LinkChecker {
    /// The headings' ids of the body on each route, found when first asked for.
    private final class HeadingsByRoute: @unchecked Sendable {
        private let bodies: [MarkdownSource]
        private let plan: SitePlan
        private let lock = NSLock()
        private var bodyByRoute: [Route: Int]?

        init(bodies: [MarkdownSource], plan: SitePlan) {
            self.bodies = bodies
            self.plan = plan
        }

        /// The ids of the headings of the body shown on `route`; nil when no body is.
        func anchors(of route: Route) -> Set<String>? {
            lock.lock()
            if bodyByRoute == nil {
                var found: [Route: Int] = [:]
                for (position, body) in bodies.enumerated() {
                    if let route = plan.routesByContentPath[body.contentPath] { found[route] = position }
                }
                bodyByRoute = found
            }
            let position = bodyByRoute?[route]
            lock.unlock()
            return position.map { Set(bodies[$0].anchors) }
        }
    }
}
