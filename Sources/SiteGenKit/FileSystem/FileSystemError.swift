/// A file system operation that failed, with the path it concerned.
public struct FileSystemError: Error, Sendable, CustomStringConvertible {
    /// The path the operation was about.
    public var path: String
    /// What went wrong, in words.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
