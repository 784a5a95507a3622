/// Writes `sitemap.xml` (which needs absolute URLs, so only with a `base_url`) and `robots.txt`.
struct SitemapWriter {
    let site: Site
    let plan: SitePlan
    /// The kinds of content, which give their pages' dates.
    var kinds: [any ContentKind] = ContentKinds.builtIn

    /// The sitemap, or nil without a base URL.
    func sitemapXML() -> String? {
        guard let base = site.config.baseURL else { return nil }
        var lastModified: [Route: SiteDate] = [:]
        for kind in kinds {
            lastModified.merge(kind.lastModified(in: site)) { first, _ in first }
        }
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in plan.pages.sorted(by: { $0.route < $1.route }) where page.kind != .notFound && page.kind != .search {
            out += "  <url><loc>\(Escaping.xml(page.route.absoluteURL(base: base)))</loc>"
            if let date = lastModified[page.route] { out += "<lastmod>\(date.isoDate)</lastmod>" }
            out += "</url>\n"
        }
        out += "</urlset>\n"
        return out
    }

    /// `robots.txt`: allow everything, and name the sitemap when there is one.
    /// A number that changes whenever ``sitemapXML()`` may change, given `global` (every input
    /// other than the announcement files): the pages' routes and the announcements' addresses and
    /// dates. Far cheaper than the sitemap itself, so that a session's rebuild can keep it.
    func inputKey(global: UInt64) -> UInt64 {
        var hash = StableHash()
        hash.combine(global)
        for page in plan.pages { hash.combine(page.route.path) }
        for announcement in site.announcements {
            hash.combine(announcement.slug)
            hash.combine(announcement.date.isoDate)
        }
        return hash.value
    }

    func robotsTXT() -> String {
        var out = "User-agent: *\nAllow: /\n"
        if let base = site.config.baseURL { out += "\nSitemap: \(Routes.sitemap.absoluteURL(base: base))\n" }
        return out
    }
}
