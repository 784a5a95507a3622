/// `pagination`: previous/next links and a window of page numbers around the current one
/// (first, last, current ± 2) with gaps marked, so that a list of 500 pages does not put 500
/// links on every page.
struct PaginationModel: TemplateModel {
    let current: Int
    let total: Int
    let links: Links
    let route: (Int) -> Route

    static let modelName = "pagination"
    static let fields = TemplateFields<PaginationModel>([
        .number("current", "this page's number") { $0.current },
        .number("total", "how many pages the list has") { $0.total },
        .flag("multiple", "whether there is more than one") { $0.total > 1 },
        .text("previous_href", "the page before") { $0.current > 1 ? $0.links.href($0.route($0.current - 1)) : nil },
        .text("next_href", "the page after") { $0.current < $0.total ? $0.links.href($0.route($0.current + 1)) : nil },
        .list("pages", "the numbers to show") { $0.window },
    ])

    private var window: [PaginationEntryModel] {
        var pages: [PaginationEntryModel] = []
        var last = 0
        for number in Pagination.window(current: current, total: total) {
            if number > last + 1 { pages.append(PaginationEntryModel(number: nil, href: nil, isCurrent: false)) }
            pages.append(PaginationEntryModel(number: number, href: links.href(route(number)), isCurrent: number == current))
            last = number
        }
        return pages
    }
}
