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
