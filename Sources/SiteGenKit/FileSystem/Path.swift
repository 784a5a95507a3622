/// Small helpers for `/`-separated paths, independent of the platform.
public enum Path {
    /// Joins path parts with single slashes, ignoring empty parts.
    public static func join(_ parts: String...) -> String {
        join(parts)
    }

    /// Joins path parts with single slashes, ignoring empty parts.
    public static func join(_ parts: [String]) -> String {
        var result = ""
        for part in parts where !part.isEmpty {
            if result.isEmpty {
                result = part
            } else {
                let left = result.hasSuffix("/") ? String(result.dropLast()) : result
                let right = part.hasPrefix("/") ? String(part.dropFirst()) : part
                result = left + "/" + right
            }
        }
        return result
    }

    /// The last component of `path`.
    public static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Everything before the last component, or "" for a bare name.
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// The extension of the last component, lowercased, without the dot ("" if none).
    public static func fileExtension(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The last component without its extension.
    public static func stem(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// Resolves `.` and `..` in a relative path. Returns nil if `..` climbs above the start.
    public static func normalize(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
