/// `page` on a free page.
struct FreePageContentModel: TemplateModel {
    let builder: PageContextBuilder
    let index: ItemIndex<Page>
    let route: Route

    private var page: Page { builder.site.pages[index] }

    static let modelName = "free page"
    static let fields = TemplateFields<FreePageContentModel>([
        .text("title", "its title") { $0.page.title },
        .html("body", "its text as HTML; emit with `{{{body}}}`") { $0.builder.renderBody($0.page.body, route: $0.route) },
        .text("summary", "`summary:`") { $0.page.summary },
        .list("toc", "its table of contents: its ## and ### headings, when it has at least \(TableOfContentsEntryModel.minimumHeadings)") { model in
            TableOfContentsEntryModel.entries(for: model.page.body.headings)
        },
        .flag("has_toc", "whether it has a table of contents") { !TableOfContentsEntryModel.entries(for: $0.page.body.headings).isEmpty },
    ])
}
