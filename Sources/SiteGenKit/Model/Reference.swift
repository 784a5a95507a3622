/// An id written in content, with where it is written.
public struct Reference: Sendable, Hashable {
    /// The id.
    public var id: String
    /// Where it is written.
    public var location: SourceLocation

    /// Creates a reference.
    public init(id: String, location: SourceLocation) {
        self.id = id
        self.location = location
    }
}
