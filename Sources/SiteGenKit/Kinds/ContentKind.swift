/// One kind of content — announcements, pages, members, initiatives, reports, or a kind a site
/// adds — described once: where its files are, how they are read, which pages they make and
/// which Markdown bodies they hold.
///
/// The loader, the planner, the link checker, the content audit and the sitemap iterate the
/// registered kinds (``ContentKinds``) rather than naming each kind, so a kind left out of one
/// of them cannot ship broken links unnoticed. Adding a kind is one file with a type conforming
/// to this protocol, one line in ``ContentKinds/builtIn`` and its template.
protocol ContentKind: Sendable {
    /// The kind's name: the key of its items in ``Site/addedContent`` and, for added kinds, the
    /// template its pages use ("event" → `event.mustache`).
    var name: String { get }

    /// Reads this kind's files and adds what loaded to `site`, recording files that failed in
    /// `site.unloaded`. Kinds load in registry order, so a kind may use what earlier kinds loaded.
    func load(into site: inout Site, with loading: ContentLoading) async

    /// The Markdown bodies of this kind's items in `site`: their links are checked and audited.
    func bodies(in site: Site) -> [MarkdownSource]

    /// Adds this kind's pages to the plan, claiming their routes.
    func plan(_ site: Site, into planner: inout PagePlanner)

    /// The route a file of this kind (`contentPath` is below the content folder) would have had
    /// had it loaded, so that links to it are not reported on top of its own error; nil when the
    /// file is not of this kind.
    func route(ofUnloaded contentPath: String) -> Route?

    /// When pages of this kind last changed, for the sitemap's `<lastmod>`.
    func lastModified(in site: Site) -> [Route: SiteDate]

    /// The title of the page of item `index` (pages planned as ``PlannedPage/Kind/item(kind:index:)``).
    func pageTitle(ofItem index: Int, in site: Site) -> String

    /// The template values of the page of item `index`, besides those every page has. Values
    /// nested in them must not have fields named `site` or `root`: templates get those names
    /// folded in as the page's own (see ``TemplateFolding``).
    func pageValues(ofItem index: Int, on page: ItemPage) -> [String: Any]
}

extension ContentKind {
    func route(ofUnloaded contentPath: String) -> Route? { nil }
    func lastModified(in site: Site) -> [Route: SiteDate] { [:] }
    func pageTitle(ofItem index: Int, in site: Site) -> String { "" }
    func pageValues(ofItem index: Int, on page: ItemPage) -> [String: Any] { [:] }
}
