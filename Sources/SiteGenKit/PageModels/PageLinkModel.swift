/// A free page, as the home page lists it.
struct PageLinkModel: TemplateModel {
    let page: Page
    let href: String

    static let modelName = "page link"
    static let fields = TemplateFields<PageLinkModel>([
        .text("title", "the page's title") { $0.page.title },
        .text("href", "the page") { $0.href },
        .text("summary", "`summary:`") { $0.page.summary },
    ])
}
