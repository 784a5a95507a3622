/// What a file's metadata says about it: enough to notice, without reading it, that it was
/// changed, replaced or rewritten.
public struct FileStamp: Hashable, Sendable, Codable {
    /// Size in bytes.
    public var size: Int
    /// Last modification, in nanoseconds since 1970.
    public var modified: Int64
    /// The file's identity on its device (the inode number): a rewritten or replaced file gets
    /// a new one; a hard link shares it.
    public var identity: UInt64

    /// Creates a stamp.
    public init(size: Int, modified: Int64, identity: UInt64) {
        self.size = size
        self.modified = modified
        self.identity = identity
    }
}
