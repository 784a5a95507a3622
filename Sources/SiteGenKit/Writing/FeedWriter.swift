/// Writes the Atom feed of the latest announcements.
///
/// With a `base_url` every link and id is absolute; without one, links are relative to the
/// feed's own URL (which Atom allows) and ids are `urn:` names derived from the slugs.
struct FeedWriter {
    /// How many entries the feed holds.
    static let entryLimit = 20

    let site: Site

    func xml() -> String {
        let config = site.config
        let offset = config.timezone
        let base = config.baseURL
        func url(_ route: Route) -> String { base.map { route.absoluteURL(base: $0) } ?? route.href(from: Routes.feed) }
        func id(_ route: Route) -> String {
            base.map { route.absoluteURL(base: $0) } ?? "urn:sitegen:" + (route.prettyPath.isEmpty ? "home" : Escaping.percentEncodePathSegment(route.prettyPath))
        }
        let updated = site.announcements.map(\.date).max()?.rfc3339(offset: offset) ?? "1970-01-01T00:00:00Z"
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Escaping.xml(config.language))">
          <title>\(Escaping.xml(config.title))</title>
          <subtitle>\(Escaping.xml(config.description))</subtitle>
          <link rel="alternate" type="text/html" href="\(Escaping.xml(url(.home)))"/>
          <link rel="self" type="application/atom+xml" href="\(Escaping.xml(url(Routes.feed)))"/>
          <id>\(Escaping.xml(id(.home)))</id>
          <updated>\(updated)</updated>
          <generator>sitegen</generator>

        """
        for announcement in site.announcements.prefix(Self.entryLimit) {
            let route = Routes.announcement(slug: announcement.slug)
            let authors = announcement.authors.isEmpty ? [config.alliance?.name ?? config.title] : announcement.authors
            out += """
              <entry>
                <title>\(Escaping.xml(announcement.title))</title>
                <link rel="alternate" type="text/html" href="\(Escaping.xml(url(route)))"/>
                <id>\(Escaping.xml(id(route)))</id>
                <published>\(announcement.date.rfc3339(offset: offset))</published>
                <updated>\(announcement.date.rfc3339(offset: offset))</updated>

            """
            for author in authors {
                out += "    <author><name>\(Escaping.xml(author))</name></author>\n"
            }
            for tag in announcement.tags {
                out += "    <category term=\"\(Escaping.xml(tag))\"/>\n"
            }
            if !announcement.summary.isEmpty {
                out += "    <summary>\(Escaping.xml(announcement.summary))</summary>\n"
            }
            out += "  </entry>\n"
        }
        out += "</feed>\n"
        return out
    }
}
