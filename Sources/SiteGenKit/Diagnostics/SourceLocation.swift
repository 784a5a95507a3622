/// A position in a source file: a path relative to the site root, and a 1-based line and column.
///
/// Columns count characters (Unicode scalars), never bytes, so a caret printed under a Chinese
/// character lands on it.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The file, relative to the site root (e.g. `Content/site.yaml`).
    public var path: String
    /// 1-based line, or 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column, or 0 when unknown.
    public var column: Int

    /// Creates a location.
    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, leaving out the parts that are unknown.
    public var description: String {
        if line == 0 { return path }
        if column == 0 { return "\(path):\(line)" }
        return "\(path):\(line):\(column)"
    }

    /// Orders by path, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }

    /// The same file, at another line and column.
    public func moved(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}
