extension TemplateTag {
    /// For each template of `tags` (each template's tags, by name), the templates it renders:
    /// itself and the partials and parents it names, theirs, and so on.
    static func templatesUsed(by tags: [String: [TemplateTag]]) -> [String: Set<String>] {
        let references = tags.mapValues { $0.filter { $0.kind == .partial || $0.kind == .parent }.map(\.name) }
        var uses: [String: Set<String>] = [:]
        for template in tags.keys {
            var seen: Set<String> = [template]
            var pending = [template]
            while let next = pending.popLast() {
                for reference in references[next] ?? [] where seen.insert(reference).inserted { pending.append(reference) }
            }
            uses[template] = seen
        }
        return uses
    }
}
