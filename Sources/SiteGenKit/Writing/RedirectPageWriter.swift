/// The small page written at an old address (`aliases:`): it sends browsers on at once, tells
/// search engines where the content lives now, and offers a link for the rest.
struct RedirectPageWriter {
    let site: Site
    let strings: StringsTable

    /// The HTML of `redirect`.
    func html(_ redirect: Redirect) -> String {
        let relative = Escaping.xml(redirect.to.href(from: redirect.from))
        let canonical = site.config.baseURL.map { Escaping.xml(redirect.to.absoluteURL(base: $0)) } ?? relative
        let title = Escaping.xml(redirect.title)
        return """
            <!DOCTYPE html>
            <html lang="\(Escaping.xml(site.config.language))">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <link rel="canonical" href="\(canonical)">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(relative)">
            </head>
            <body>
            <p>\(Escaping.xml(strings.text(.movedTo)))<a href="\(relative)">\(title)</a></p>
            </body>
            </html>

            """
    }
}
