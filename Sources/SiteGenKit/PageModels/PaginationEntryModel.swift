/// One number of a pager, or a gap (`…`) between numbers.
struct PaginationEntryModel: TemplateModel {
    let number: Int?
    let href: String?
    let isCurrent: Bool

    static let modelName = "pagination entry"
    static let fields = TemplateFields<PaginationEntryModel>([
        .number("number", "the page's number") { $0.number },
        .text("href", "the page") { $0.href },
        .flag("current", "whether it is this page") { $0.isCurrent },
        .flag("gap", "whether this is a gap between numbers") { $0.number == nil },
    ])
}
