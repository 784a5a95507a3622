import SiteGenKit

/// The box a browser shows over the page while the last rebuild failed: each problem with its
/// file, line and column, message and hint, every one of them HTML-escaped here.
enum ErrorOverlay {
    /// The overlay element's `id`; live.js replaces or removes the element with it.
    static let elementID = "sitegen-error-overlay"

    /// The overlay listing `diagnostics` (errors first, then warnings, each in file order).
    static func html(for diagnostics: [Diagnostic]) -> String {
        let ordered = diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity != .error }
        let errors = diagnostics.filter { $0.severity == .error }.count
        var html = """
            <div id="\(elementID)" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;\
            margin:0;padding:24px;background:rgba(24,24,27,.95);color:#f4f4f5;font:14px/1.6 ui-monospace,Menlo,Consolas,monospace;text-align:left">
            <p style="margin:0 0 16px;font-size:16px;color:#fca5a5"><strong>sitegen: 构建失败 · the rebuild failed</strong> \
            (\(Escaping.xml(DiagnosticFormatter.summary(errors: errors, warnings: diagnostics.count - errors)))); \
            the page shows the last good build until the next good one. 页面仍显示上次成功构建的内容。</p>
            <ol style="margin:0;padding-left:24px">
            """
        for diagnostic in ordered {
            let colour = diagnostic.severity == .error ? "#f87171" : "#e879f9"
            html += "<li style=\"margin:0 0 12px\"><code style=\"color:#93c5fd\">\(Escaping.xml(diagnostic.location.description))</code>: "
            html += "<span style=\"color:\(colour)\">\(Escaping.xml(diagnostic.severity.rawValue)):</span> "
            html += Escaping.xml(diagnostic.message)
            if let hint = diagnostic.hint {
                html += "<br><span style=\"color:#a1a1aa\">hint: \(Escaping.xml(hint))</span>"
            }
            html += "</li>\n"
        }
        html += """
            </ol>
            <button type="button" data-sitegen-close style="margin-top:8px;font:inherit;padding:4px 12px">关闭 · close</button>
            </div>
            """
        return html
    }
}
