/// Makes URLs for one page: relative to it, or absolute under the base URL for the 404 page
/// (which a server shows at any depth).
struct Links {
    let origin: Route
    let absoluteBase: String?

    /// The URL of `route` as seen from the page.
    func href(_ route: Route) -> String {
        if let absoluteBase { return route.absoluteURL(base: absoluteBase) }
        return route.href(from: origin)
    }

    /// The prefix that leads to the top of the output.
    var root: String { absoluteBase ?? origin.rootPrefix }
}
