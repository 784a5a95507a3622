/// An old address of a page (`aliases:` in the front matter), where the build writes a small page
/// that sends readers and search engines on to the new one.
struct Alias: Sendable, Hashable {
    /// The old address as a site path, e.g. `/2019/07/old-title/` or `/news/123.html`.
    var path: String
    /// Where it is written, for errors.
    var location: SourceLocation
}
