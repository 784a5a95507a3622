@testable import SiteGenKit

/// An event (活动): a content kind the library does not have, added in this one file to show
/// that a kind needs nothing else but its template (`event.mustache`).
struct Event: Sendable {
    var slug: String
    var title: String
    var date: SiteDate
    var body: MarkdownSource
    var location: SourceLocation
}

/// Events: `Content/events/*.md`, each at `/events/<slug>/`, newest first.
struct EventKind: ContentKind {
    let name = "event"

    func load(into site: inout Site, with loading: ContentLoading) async {
        let events = await loading.loadFolder("events", unloaded: &site.unloaded) { file, fileName -> Event? in
            let yaml = file.frontMatter
            let title = yaml.string("title", required: true)
            let date = yaml.date("date", required: true)
            let slug = SlugField.read(yaml, fileName: fileName, diagnostics: yaml.diagnostics)
            yaml.reportUnknownKeys()
            guard let title, let date, let slug else { return nil }
            return Event(slug: slug, title: title, date: date, body: file.body, location: yaml.keyLocation(of: "title"))
        }
        site.addedContent[name] = events.sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
    }

    func events(in site: Site) -> [Event] { site.addedContent[name] as? [Event] ?? [] }

    func bodies(in site: Site) -> [MarkdownSource] { events(in: site).map(\.body) }

    func plan(_ site: Site, into planner: inout PagePlanner) {
        for (index, event) in events(in: site).enumerated() {
            planner.add(route(slug: event.slug), .item(kind: name, index: index), by: event.location, what: "event \"\(event.title)\"", contentPath: event.body.contentPath)
        }
    }

    func route(ofUnloaded contentPath: String) -> Route? {
        ContentKinds.slug(of: contentPath, in: "events").map(route(slug:))
    }

    func lastModified(in site: Site) -> [Route: SiteDate] {
        Dictionary(events(in: site).map { (route(slug: $0.slug), $0.date) }) { first, _ in first }
    }

    func pageTitle(ofItem index: Int, in site: Site) -> String { events(in: site)[index].title }

    func pageValues(ofItem index: Int, on page: ItemPage) -> [String: Any] {
        let event = events(in: page.site)[index]
        return ["event": ["title": event.title, "date": event.date.isoDate, "body": page.renderBody(event.body)]]
    }

    private func route(slug: String) -> Route { Route(pageAt: "events/\(slug)") }
}
