/// Makes URLs for one page: relative to it, or absolute under the base URL for the 404 page
/// (which a server shows at any depth), or placeholders for HTML that pages share.
///
/// A class: every value a template sees keeps the links of its page, and copies of those
/// values are many.
final class Links: Sendable {
    let origin: Route
    let absoluteBase: String?
    /// When set, every URL is a placeholder that each page fills in (see ``RouteSlots``).
    let slots: RouteSlots?
    /// The prefix that leads to the top of the output.
    let root: String
    /// The first folder of the page's path ("" for a page at the top).
    let originTopFolder: Substring
    /// The page's whole path, percent-encoded (see ``Route/percentEncodedPath``).
    let originEncodedPath: [UInt8]

    /// Links as seen from the page at `origin`; absolute under `absoluteBase` when given, or
    /// placeholders from `slots`.
    init(origin: Route, absoluteBase: String?, slots: RouteSlots? = nil) {
        self.origin = origin
        self.absoluteBase = absoluteBase
        self.slots = slots
        if slots != nil {
            root = RouteSlots.rootPlaceholder
        } else {
            root = absoluteBase ?? origin.rootPrefix
        }
        originTopFolder = origin.topFolder
        originEncodedPath = Array(origin.percentEncodedPath.utf8)
    }

    /// The URL of `route` as seen from the page.
    func href(_ route: Route) -> String {
        if let slots { return slots.placeholder(for: route) }
        if let absoluteBase { return route.absoluteURL(base: absoluteBase) }
        return route.href(from: origin)
    }
}
