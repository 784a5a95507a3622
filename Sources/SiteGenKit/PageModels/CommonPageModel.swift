/// The values every page has.
struct CommonPageModel: TemplateModel {
    let site: SiteModel
    let root: String
    /// The navigation, made when a template shows it (pages usually show it through the shared
    /// header only).
    let navigation: () -> [NavigationEntryModel]
    let pageTitle: String
    let description: String
    let canonicalURL: String?
    let chrome: ChromeModel?
    /// Whether the page is an article (an announcement).
    var isArticle = false
    /// The stylesheet relative to the page, where `root` is absolute (the 404 page with `base_url`).
    var localStylesheet: String?

    static let modelName = "every page"
    static let fields = TemplateFields<CommonPageModel>([
        .object("site", "the site (see `site`)") { $0.site },
        .text("root", "the prefix that leads to the top of the site (`{{root}}assets/style.css`)") { $0.root },
        .list("nav", "the navigation") { $0.navigation() },
        .text("page_title", "the page's title") { $0.pageTitle },
        .html("print_title", "the page's title as a quoted CSS string, for the printed running header; emit with `{{{print_title}}}` inside `<style>`") { Escaping.cssString($0.pageTitle) },
        .text("description", "the page's summary, or the site's description") { $0.description },
        .text("generator", "`sitegen`") { _ in "sitegen" },
        .text("canonical_url", "the page's absolute URL (with `base_url`)") { $0.canonicalURL },
        .text("og_type", "`article` for an announcement, `website` for other pages (Open Graph)") { $0.isArticle ? "article" : "website" },
        .text("local_stylesheet_href", "the 404 page with `base_url` (whose links are absolute): the stylesheet relative to it, so that a copy opened from disk is styled too") { $0.localStylesheet },
        .object("chrome", "the shared header and footer (see shared chunks)") { $0.chrome },
    ])
}
