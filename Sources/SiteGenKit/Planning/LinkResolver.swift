import Foundation

/// Resolves the links editors write — in Markdown bodies and in the navigation — to routes.
///
/// - `https://…`, `mailto:…` and other URLs with a scheme are external and left alone.
/// - `#section` stays as it is.
/// - `../pages/join.md` (a path to a content file, relative to the file it is written in)
///   becomes the relative URL of that file's page; `../files/a.pdf` that of the copied file.
/// - `/join/` (a path from the site's top) becomes the relative URL of that page.
/// Anything else that points inside the site must exist, or it is a broken link.
struct LinkResolver: Sendable {
    /// What a link destination turned out to be.
    enum Resolution: Equatable, Sendable {
        /// A URL outside the site, or a same-page fragment: emitted as written.
        case unchanged
        /// A page or file of the site, plus any `?query` or `#fragment` written after the path.
        case route(Route, suffix: String)
        /// Points inside the site at nothing: the message and a hint.
        case broken(message: String, hint: String)
        /// A URL whose scheme is not allowed (`javascript:`, `data:`, `file:` …): never emitted.
        case unsafe(scheme: String)
    }

    let plan: SitePlan

    /// Creates a resolver over a planned site.
    init(plan: SitePlan) {
        self.plan = plan
    }

    /// Resolves `destination` written in the content file at `contentPath` (below the content
    /// folder). Each destination is resolved once per folder and build (see ``LinkResolutionCache``).
    func resolve(_ destination: String, writtenIn contentPath: String?) -> Resolution {
        let key = LinkResolutionCache.Key(folder: contentPath.map(Path.directory(of:)), destination: destination)
        return plan.linkResolutions.resolution(for: key) { resolveOnce(destination, writtenIn: contentPath) }
    }

    private func resolveOnce(_ destination: String, writtenIn contentPath: String?) -> Resolution {
        let trimmed = destination.trimmingSpaces()
        if let scheme = URLSchemes.scheme(of: trimmed), !URLSchemes.allowed.contains(scheme) {
            return .unsafe(scheme: scheme)
        }
        if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("?") || URLSchemes.hasScheme(trimmed) || trimmed.hasPrefix("//") {
            return .unchanged
        }
        var path = trimmed
        var suffix = ""
        if let cut = path.utf8.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) {
            suffix = String(path[cut...])
            path = String(path[..<cut])
        }
        path = PercentDecoding.decode(path) ?? path
        if path.hasPrefix("/") {
            return resolveSitePath(path, suffix: suffix, original: trimmed)
        }
        guard let contentPath else {
            return resolveSitePath("/" + path, suffix: suffix, original: trimmed)
        }
        guard let target = Path.normalize(Path.join(Path.directory(of: contentPath), path)) else {
            return .broken(message: "link \"\(trimmed)\" leads out of the content folder", hint: "link to files inside Content/, e.g. ../pages/join.md")
        }
        if target == "members.yaml" {
            return resolveMemberManifest(fragment: suffix, original: trimmed)
        }
        if Path.fileExtension(target) == "md" {
            if let route = plan.routesByContentPath[target] { return .route(route, suffix: suffix) }
            if let date = plan.scheduledContentPaths[target] {
                return .broken(
                    message: "link \"\(trimmed)\" points to an announcement scheduled for \(date), which is not published yet",
                    hint: "add the link once it is published, or build with --future to publish it now"
                )
            }
            if plan.unpublishedContentPaths.contains(target) {
                return .broken(message: "link \"\(trimmed)\" points to a draft, which is not published", hint: "publish it (remove 'draft: true') or remove the link")
            }
            let hint = Suggestions.hint(for: target, in: Array(plan.routesByContentPath.keys))
            return .broken(message: "link \"\(trimmed)\" points to \(target), which does not exist", hint: hint ?? "check the file name; links to pages are written relative to this file, e.g. ../pages/join.md")
        }
        if target.hasPrefix("files/") {
            let route = Route(file: target)
            if plan.allRoutes.contains(route) { return .route(route, suffix: suffix) }
            let files = plan.allRoutes.map(\.path).filter { $0.hasPrefix("files/") }
            let hint = Suggestions.hint(for: target, in: files)
            return .broken(message: "link \"\(trimmed)\" points to \(target), which does not exist", hint: hint ?? "put the file under Content/\(target) or correct the path")
        }
        return .broken(
            message: "link \"\(trimmed)\" does not point to a content file",
            hint: "link to a page by its Markdown file (../pages/join.md), to a download under files/ (../files/form.docx), or to a site path such as /join/"
        )
    }

    /// `members.yaml#id` is the page of member `id`; `members.yaml` alone the directory.
    private func resolveMemberManifest(fragment suffix: String, original: String) -> Resolution {
        let id = suffix.hasPrefix("#") ? String(suffix.dropFirst()) : ""
        if id.isEmpty {
            return plan.allRoutes.contains(Routes.memberDirectory)
                ? .route(Routes.memberDirectory, suffix: "")
                : .broken(message: "link \"\(original)\" points to the member directory, but there are no members", hint: "add members to Content/members.yaml")
        }
        if let route = plan.memberRoutesByID[MemberID(id)] { return .route(route, suffix: "") }
        return .broken(
            message: "link \"\(original)\" names the member '\(id)', which does not exist",
            hint: Suggestions.hint(for: id, in: plan.memberRoutesByID.keys.map(\.rawValue)) ?? "link to a member as ../members.yaml#member-id"
        )
    }

    private func resolveSitePath(_ path: String, suffix: String, original: String) -> Resolution {
        guard let normalized = Path.normalize(String(path.dropFirst())) else {
            return .broken(message: "link \"\(original)\" leads out of the site", hint: "site paths start at the top of the site, e.g. /join/")
        }
        // A link to an old address (`aliases:`) goes straight to the page it leads to.
        let asFile = Route(file: normalized)
        if !normalized.isEmpty, !path.hasSuffix("/"), plan.allRoutes.contains(asFile) { return .route(plan.redirectTargets[asFile] ?? asFile, suffix: suffix) }
        let asPage = Route(pageAt: normalized)
        if plan.allRoutes.contains(asPage) { return .route(plan.redirectTargets[asPage] ?? asPage, suffix: suffix) }
        let pages = plan.allRoutes.filter { $0.path.hasSuffix("index.html") }.map { "/" + $0.prettyPath }
        let hint = Suggestions.hint(for: "/" + normalized + "/", in: pages)
        return .broken(message: "link \"\(original)\" points to no page of the site", hint: hint ?? "site paths look like /announcements/ or /about/")
    }
}
