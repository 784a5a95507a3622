/// An id written in content, with where it is written.
struct Reference: Sendable, Hashable {
    /// The id.
    var id: String
    /// Where it is written.
    var location: SourceLocation

    /// Creates a reference.
    init(id: String, location: SourceLocation) {
        self.id = id
        self.location = location
    }
}
