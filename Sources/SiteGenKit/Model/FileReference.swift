/// A file below `Content/files/` that a setting names, with where the setting is written.
struct FileReference: Sendable, Hashable {
    /// The path below `Content/files/`, e.g. `images/logo.png`.
    var path: String
    /// Where it is written, for errors.
    var location: SourceLocation
}
