/// Makes URLs for one page: relative to it, or absolute under the base URL for the 404 page
/// (which a server shows at any depth), or placeholders for HTML that pages share.
struct Links {
    let origin: Route
    let absoluteBase: String?
    /// When set, every URL is a placeholder that each page fills in (see ``RouteSlots``).
    var slots: RouteSlots? = nil

    /// The URL of `route` as seen from the page.
    func href(_ route: Route) -> String {
        if let slots { return slots.placeholder(for: route) }
        if let absoluteBase { return route.absoluteURL(base: absoluteBase) }
        return route.href(from: origin)
    }

    /// The prefix that leads to the top of the output.
    var root: String {
        if slots != nil { return RouteSlots.rootPlaceholder }
        return absoluteBase ?? origin.rootPrefix
    }
}
