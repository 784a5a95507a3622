/// An entry of the main navigation.
struct NavigationItem: Sendable {
    /// The label.
    var title: String
    /// The target as written: a site path such as `/about/` or an absolute `https://` URL.
    var link: String
    /// Where the entry is written, for errors about its link.
    var location: SourceLocation

    /// Creates an entry.
    init(title: String, link: String, location: SourceLocation) {
        self.title = title
        self.link = link
        self.location = location
    }
}
