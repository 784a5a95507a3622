/// The kind of thing a path names.
public enum FileItemKind: Sendable, Equatable {
    /// A regular file.
    case file
    /// A directory.
    case directory
}
