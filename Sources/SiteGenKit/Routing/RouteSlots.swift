import Foundation

/// Stand-ins for links in HTML that many pages share: a chunk is rendered once with a
/// placeholder for every route it links to (and for `root`), and each page fills them in with
/// its own relative URLs (see ``SlottedHTML``).
///
/// A placeholder is `U+0001`, the route's number (or `r` for the top of the site) and `U+0002`:
/// characters no escaping touches, and that no value shown in a chunk contains (YAML refuses
/// control characters; Markdown plain text drops them).
final class RouteSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var ids: [Route: Int] = [:]
    private var routes: [Route] = []

    /// The placeholder for the top of the site, where a page has `root`.
    static let rootPlaceholder = "\u{1}r\u{2}"

    /// The placeholder for a link to `route`.
    func placeholder(for route: Route) -> String {
        lock.lock()
        let id: Int
        if let known = ids[route] {
            id = known
        } else {
            id = routes.count
            ids[route] = id
            routes.append(route)
        }
        lock.unlock()
        return "\u{1}\(id)\u{2}"
    }

    /// The route numbered `id`, if there is one.
    func route(_ id: Int) -> Route? {
        lock.lock()
        defer { lock.unlock() }
        return id < routes.count ? routes[id] : nil
    }
}
