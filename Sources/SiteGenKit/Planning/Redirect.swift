/// A page written at an old address (`aliases:`) that sends readers and search engines on to
/// where the content is now.
struct Redirect: Sendable, Hashable {
    /// The old address.
    var from: Route
    /// Where the content is now.
    var to: Route
    /// The content's title.
    var title: String
}
