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
        if let problem = Slug.problem(with: derived) {
            diagnostics.error(at: yaml.location, "the slug \"\(derived)\" taken from the file name \(problem)", hint: "rename the file or set 'slug:' in the front matter")
            return nil
        }
        return derived
    }
}
