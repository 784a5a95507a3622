/// Reads the optional `slug:` field, falling back to the file name.
enum SlugField {
    static func read(_ yaml: YAMLObject, fileName: String, diagnostics: DiagnosticBag) -> String? {
        if let explicit = yaml.string("slug") {
            if let problem = Slug.problem(with: explicit) {
                diagnostics.error(at: yaml.location(of: "slug"), "slug \"\(explicit)\" \(problem)", hint: "use letters, digits, '-' or Chinese characters")
                return nil
            }
            return explicit
        }
        let derived = Slug.fromFileName(Path.lastComponent(fileName))
        guard Slug.problem(with: derived) != nil || !Slug.isClean(derived) else { return derived }
        // A file name from another generator or a CMS ("Annual Report (2019).md"): its clean slug.
        let cleaned = Slug.make(from: derived)
        if let problem = Slug.problem(with: cleaned) {
            diagnostics.error(at: yaml.location, "the slug \"\(cleaned)\" taken from the file name \(problem)", hint: "rename the file or set 'slug:' in the front matter")
            return nil
        }
        diagnostics.warning(
            at: yaml.location, "the file name \"\(Path.lastComponent(fileName))\" is published as \"\(cleaned)\"",
            hint: "rename the file to \(cleaned).md, or set 'slug:' in the front matter to choose the address yourself"
        )
        return cleaned
    }
}
