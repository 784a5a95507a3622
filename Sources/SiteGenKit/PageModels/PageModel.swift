/// What a template sees for one page: the values of its kind (`content`) over the values every
/// page has (`common`, a ``CommonPageModel``; a shared chunk's ``ChunkModel``).
struct PageModel: TemplateModel {
    /// The values of the page's kind.
    let content: any TemplateModel
    /// The values every page has.
    let common: any TemplateModel

    static let modelName = "page"
    static let fields = TemplateFields<PageModel>([])

    func child(named name: String) -> Any? {
        content.child(named: name) ?? common.child(named: name)
    }
}

/// The values every page has.
struct CommonPageModel: TemplateModel {
    let site: SiteModel
    let root: String
    let navigation: [NavigationEntryModel]
    let pageTitle: String
    let description: String
    let canonicalURL: String?
    let chrome: ChromeModel?

    static let modelName = "every page"
    static let fields = TemplateFields<CommonPageModel>([
        .object("site", "the site (see `site`)") { $0.site },
        .text("root", "the prefix that leads to the top of the site (`{{root}}assets/style.css`)") { $0.root },
        .list("nav", "the navigation") { $0.navigation },
        .text("page_title", "the page's title") { $0.pageTitle },
        .text("description", "the page's summary, or the site's description") { $0.description },
        .text("generator", "`sitegen`") { _ in "sitegen" },
        .text("canonical_url", "the page's absolute URL (with `base_url`)") { $0.canonicalURL },
        .object("chrome", "the shared header and footer (see shared chunks)") { $0.chrome },
    ])
}

/// `chrome`: the theme's header and footer, rendered once for all pages with the same navigation.
struct ChromeModel: TemplateModel {
    let header: Any
    let footer: Any

    static let modelName = "chrome"
    static let fields = TemplateFields<ChromeModel>([
        .html("header", "`partials/header`, emit with `{{{chrome.header}}}`") { $0.header },
        .html("footer", "`partials/footer`, emit with `{{{chrome.footer}}}`") { $0.footer },
    ])
}

/// What a shared chunk is rendered with: only the values its partial is documented to see.
struct ChunkModel: TemplateModel {
    let site: SiteModel
    let root: String
    /// The navigation, for the header and footer; nil for a list item.
    let navigation: [NavigationEntryModel]?

    static let modelName = "chunk"
    static let fields = TemplateFields<ChunkModel>([
        .object("site", "the site") { $0.site },
        .text("root", "the prefix that leads to the top of the site") { $0.root },
        .list("nav", "the navigation (header and footer only)") { $0.navigation ?? [] },
    ])
}
