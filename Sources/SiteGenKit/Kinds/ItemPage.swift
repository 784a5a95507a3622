/// The page of one item of an added content kind, as its ``ContentKind`` makes the template
/// values: the site, where the page is, and how to turn URLs and Markdown bodies into HTML for it.
struct ItemPage {
    /// The whole site.
    let site: Site
    /// Where the page is written.
    let route: Route
    /// Makes URLs relative to the page.
    let links: Links
    /// Renders a Markdown body for this page, its links resolved and made relative.
    let renderBody: (MarkdownSource) -> String
}
