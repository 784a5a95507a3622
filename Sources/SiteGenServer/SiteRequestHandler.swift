import FlyingFox
import Foundation
import SiteGenKit

/// Answers the preview's requests: the built site's files under the base path, the live-reload
/// script and the events endpoint.
///
/// A request for a folder serves its `index.html` (after a redirect adding the final `/`, so
/// that the page's relative links work); a missing file gets the site's `404.html` with status
/// 404. No request reaches a file outside the build folder: `.` and `..` segments are refused,
/// and a file whose real path (symbolic links resolved) leaves the folder is not served.
struct SiteRequestHandler: HTTPHandler {
    /// The build folder.
    let root: String
    /// Where the site is served.
    let basePath: BasePath
    /// Reads the build folder.
    let fileSystem: any FileSystem
    /// The state of the builds and the listening browsers.
    let hub: EventHub

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return Self.text("405 Method Not Allowed\n", status: .methodNotAllowed, headers: [.init("Allow"): "GET, HEAD"])
        }
        // The path as sent, percent-decoded: FlyingFox's `request.path` drops the final `/` that
        // tells a folder's address, and resolves `..` (which is refused below instead).
        let path = request.target.path(percentEncoded: false)
        let base = basePath.value
        if base != "/", path == "/" || path + "/" == base {
            return Self.redirect(to: Self.encodedPath(base))
        }
        guard path.hasPrefix(base) else { return await notFound(request) }
        let rest = String(path.dropFirst(base.count))

        if rest == LiveReload.prefix + LiveReload.scriptName {
            return respond(to: request, with: Data(LiveReload.script.utf8), type: MediaTypes.byExtension["js"] ?? MediaTypes.fallback)
        }
        if rest == LiveReload.prefix + LiveReload.eventsName {
            return await events(request)
        }

        let segments = rest.split(separator: "/", omittingEmptySubsequences: true)
        guard segments.allSatisfy(Self.isSafe) else {
            return Self.text("400 Bad Request: the path leaves the site\n", status: .badRequest)
        }
        let file = ([root] + segments.map(String.init)).joined(separator: "/")
        switch fileSystem.itemKind(at: file) {
        case .directory:
            guard path.hasSuffix("/") else {
                // Relative links on the folder's page are resolved against the address with the slash.
                return Self.redirect(to: Self.encodedPath(path + "/") + Self.query(of: request))
            }
            if let page = await serve(file + "/index.html", to: request) { return page }
            return await notFound(request)
        case .file:
            if let response = await serve(file, to: request) { return response }
            return await notFound(request)
        default:
            return await notFound(request)
        }
    }

    /// Whether a path segment may be looked up below the build folder.
    static func isSafe(_ segment: Substring) -> Bool {
        segment != "." && segment != ".." && !segment.contains("\0") && !segment.contains("\\")
    }

    /// The file at `path` when it is inside the build folder and readable; HTML with the
    /// live-reload script (and the error overlay while the last rebuild failed).
    private func serve(_ path: String, to request: HTTPRequest, status: HTTPStatusCode = .ok) async -> HTTPResponse? {
        guard isInsideRoot(path), let data = try? fileSystem.contents(of: path) else { return nil }
        let type = MediaTypes.type(ofFile: path)
        guard MediaTypes.isHTML(type) else { return respond(to: request, with: data, type: type, status: status) }
        return respond(to: request, with: await injected(data), type: type, status: status)
    }

    /// The site's `404.html` with status 404, or a short page of its own when there is none
    /// (also when no build has succeeded yet).
    private func notFound(_ request: HTTPRequest) async -> HTTPResponse {
        let notFoundPage = FilePaths.join(root, "404.html")
        if isInsideRoot(notFoundPage), let data = try? fileSystem.contents(of: notFoundPage) {
            // Its links are absolute under base_url, so that it works at any depth once published;
            // here they are to lead to the preview instead.
            var html = String(decoding: data, as: UTF8.self)
            if let published = await hub.siteBaseURL {
                let local = Self.encodedPath(basePath.value)
                html = html.replacingOccurrences(of: "href=\"" + published, with: "href=\"" + local)
                    .replacingOccurrences(of: "src=\"" + published, with: "src=\"" + local)
                    .replacingOccurrences(of: "action=\"" + published, with: "action=\"" + local)
                    .replacingOccurrences(of: "data-search=\"" + published, with: "data-search=\"" + local)
            }
            return respond(to: request, with: await injected(Data(html.utf8)), type: MediaTypes.byExtension["html"] ?? MediaTypes.fallback, status: .notFound)
        }
        let page = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>404</title></head>
            <body><h1>404</h1><p>此页面不存在，或网站尚未成功构建。 This page does not exist, or the site has not been built yet.</p>
            <p><a href="\(Escaping.xml(Self.encodedPath(basePath.value)))">首页 · home</a></p></body></html>

            """
        return respond(to: request, with: await injected(Data(page.utf8)), type: MediaTypes.byExtension["html"] ?? MediaTypes.fallback, status: .notFound)
    }

    private func injected(_ html: Data) async -> Data {
        let build = await hub.build
        let overlay = await hub.failure.map(ErrorOverlay.html(for:))
        return LiveReload.inject(into: html, basePath: basePath, build: build, overlay: overlay)
    }

    /// The server-sent events stream; `since` is the good build the page comes from.
    private func events(_ request: HTTPRequest) async -> HTTPResponse {
        let since = request.query.first { $0.name == "since" }.flatMap { Int($0.value) }
        let stream = await hub.subscribe(since: since)
        var headers = HTTPHeaders()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        guard request.method == .GET else { return HTTPResponse(statusCode: .ok, headers: headers) }
        return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventStreamBytes(events: stream)))
    }

    /// Whether `path`, symbolic links resolved, lies inside the build folder.
    private func isInsideRoot(_ path: String) -> Bool {
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        let realPath = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return realPath.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
    }

    private func respond(to request: HTTPRequest, with data: Data, type: String, status: HTTPStatusCode = .ok) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = type
        // Every request after a rebuild must see the new files.
        headers[.cacheControl] = "no-store"
        if request.method == .HEAD {
            headers[.contentLength] = String(data.count)
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: data)
    }

    private static func text(_ text: String, status: HTTPStatusCode, headers extra: [HTTPHeader: String] = [:]) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = "text/plain; charset=utf-8"
        for (name, value) in extra { headers[name] = value }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(text.utf8))
    }

    private static func redirect(to location: String) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.location] = location
        headers[.cacheControl] = "no-store"
        return HTTPResponse(statusCode: .found, headers: headers)
    }

    /// `path` percent-encoded for a `Location` header (Chinese folder names included).
    static func encodedPath(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%;")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    private static func query(of request: HTTPRequest) -> String {
        let query = request.target.query()
        return query.isEmpty ? "" : "?" + query
    }
}
