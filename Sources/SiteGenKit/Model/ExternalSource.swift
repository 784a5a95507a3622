/// The original publisher of an announcement.
struct ExternalSource: Sendable {
    /// The publisher's name.
    var name: String
    /// The original article's URL.
    var url: String?

    /// Creates a source.
    init(name: String, url: String? = nil) {
        self.name = name
        self.url = url
    }
}
