/// Where a file is written in the output, as a path relative to the output folder
/// (`index.html`, `announcements/some-slug/index.html`, `files/2025/a.pdf`).
///
/// Links between routes are always relative (see ``href(from:)``), so the site works at any
/// URL prefix and straight from disk.
struct Route: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The `/`-separated path below the output folder, never starting with `/`.
    let path: String

    /// A route for a file path below the output folder.
    init(file path: String) {
        self.path = path
    }

    /// The route of the page whose folder is `directory` (`""` for the home page): `directory/index.html`.
    init(pageAt directory: String) {
        self.path = Path.join(directory, "index.html")
    }

    /// The home page.
    static let home = Route(pageAt: "")

    /// The folder the file is in ("" for the top).
    var directory: String { Path.directory(of: path) }

    /// The path with `index.html` dropped, ending in `/` (or "" for the home page): the pretty URL.
    var prettyPath: String {
        if path == "index.html" { return "" }
        if path.hasSuffix("/index.html") { return String(path.dropLast("index.html".count)) }
        return path
    }

    /// The relative URL that leads from the page at `origin` to this route, percent-encoded.
    func href(from origin: Route) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count + 16)
        appendHref(from: origin, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Adds ``href(from:)`` to the end of `bytes`, as UTF-8.
    func appendHref(from origin: Route, to bytes: inout [UInt8]) {
        let from = origin.path.utf8
        let to = path.utf8
        // The end of the longest run of whole folders both paths start with.
        var shared = to.startIndex
        var fromIndex = from.startIndex
        var toIndex = to.startIndex
        while fromIndex != from.endIndex, toIndex != to.endIndex, from[fromIndex] == to[toIndex] {
            if to[toIndex] == UInt8(ascii: "/") { shared = to.index(after: toIndex) }
            from.formIndex(after: &fromIndex)
            to.formIndex(after: &toIndex)
        }
        let sharedOffset = to.distance(from: to.startIndex, to: shared)
        for byte in from.dropFirst(sharedOffset) where byte == UInt8(ascii: "/") { bytes.append(contentsOf: "../".utf8) }
        Escaping.appendPercentEncodedPath(to[shared...], to: &bytes)
    }

    /// Adds the href from the page whose percent-encoded path is `origin` to the file whose
    /// percent-encoded path is `target` (both ``percentEncodedPath``s): what
    /// ``appendHref(from:to:)`` adds, found on the encoded paths, as encoding keeps every `/`
    /// and encodes each byte on its own.
    static func appendHref(fromEncoded origin: UnsafeBufferPointer<UInt8>, toEncoded target: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        var shared = 0
        var index = 0
        let common = min(origin.count, target.count)
        while index < common, origin[index] == target[index] {
            if target[index] == UInt8(ascii: "/") { shared = index + 1 }
            index += 1
        }
        for byte in origin[shared...] where byte == UInt8(ascii: "/") { bytes.append(contentsOf: "../".utf8) }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: target[shared...]))
    }

    /// The first folder of the path ("" for a file at the top of the output).
    var topFolder: Substring {
        guard let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")) else { return "" }
        return path[..<slash]
    }

    /// The whole path, percent-encoded: what ``href(from:)`` gives from a page with which this
    /// route shares no folder, after the origin's ``rootPrefix``.
    var percentEncodedPath: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count + 16)
        Escaping.appendPercentEncodedPath(path[...].utf8, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The relative prefix that leads from this page to the top of the output (`""`, `../`, `../../`).
    var rootPrefix: String {
        String(repeating: "../", count: directory.split(separator: "/").count)
    }

    /// The absolute URL of the pretty path under `baseURL` (which ends in `/`).
    func absoluteURL(base baseURL: String) -> String {
        var bytes = Array(baseURL.utf8)
        Escaping.appendPercentEncodedPath(prettyPath[...].utf8, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    var description: String { path }

    static func < (lhs: Route, rhs: Route) -> Bool { lhs.path < rhs.path }
}
