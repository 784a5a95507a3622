/// An entry of the main navigation.
public struct NavigationItem: Sendable {
    /// The label.
    public var title: String
    /// The target as written: a site path such as `/about/` or an absolute `https://` URL.
    public var link: String
    /// Where the entry is written, for errors about its link.
    public var location: SourceLocation

    /// Creates an entry.
    public init(title: String, link: String, location: SourceLocation) {
        self.title = title
        self.link = link
        self.location = location
    }
}
