/// Joining paths, as the build does (SiteGenKit keeps its own helper internal).
enum FilePaths {
    /// `directory` and `name` joined with one `/`.
    static func join(_ directory: String, _ name: String) -> String {
        if directory.isEmpty { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
