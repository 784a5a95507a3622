/// A theme's tags, scanned once, and the templates each template renders: what folding site
/// values (``FoldedLibraries``) and rendering by shape (``TemplateShapes``) both start from.
struct ThemeScan {
    /// Each template's text, by name.
    let sources: [String: String]
    /// Each template's tags; nil for a template that changes its delimiters, whose tags are not
    /// followed.
    let tags: [String: [TemplateTag]?]
    /// For each template, the templates it renders: itself and the partials and parents it
    /// names, theirs, and so on.
    let uses: [String: Set<String>]

    /// Scans `sources` (texts by template name).
    init(sources: [String: String]) {
        self.sources = sources
        let tags = sources.mapValues(TemplateTag.scan)
        self.tags = tags
        let references = tags.mapValues { ($0 ?? []).filter { $0.kind == .partial || $0.kind == .parent }.map(\.name) }
        var uses: [String: Set<String>] = [:]
        for template in sources.keys {
            var seen: Set<String> = [template]
            var pending = [template]
            while let next = pending.popLast() {
                for reference in references[next] ?? [] where seen.insert(reference).inserted { pending.append(reference) }
            }
            uses[template] = seen
        }
        self.uses = uses
    }
}
