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

/// A file that ``FileSystem/contents(of:atMost:)`` did not read: it is larger than asked for.
public struct FileTooLarge: Error, Sendable {
    /// The file's path.
    public var path: String
    /// Its size in bytes.
    public var size: Int

    /// Creates an error.
    public init(path: String, size: Int) {
        self.path = path
        self.size = size
    }
}
