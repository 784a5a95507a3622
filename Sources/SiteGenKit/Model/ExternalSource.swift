/// The original publisher of an announcement.
public struct ExternalSource: Sendable {
    /// The publisher's name.
    public var name: String
    /// The original article's URL.
    public var url: String?

    /// Creates a source.
    public init(name: String, url: String? = nil) {
        self.name = name
        self.url = url
    }
}
