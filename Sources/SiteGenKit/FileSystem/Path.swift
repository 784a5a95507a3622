/// Small helpers for `/`-separated paths, independent of the platform.
enum Path {
    /// Joins path parts with single slashes, ignoring empty parts.
    static func join(_ parts: String...) -> String {
        join(parts)
    }

    /// Joins two path parts as ``join(_:)-([String])`` does, without an array.
    static func join(_ first: String, _ second: String) -> String {
        if second.isEmpty { return first }
        if first.isEmpty { return second }
        var result = first
        if result.utf8.last == UInt8(ascii: "/") { result.removeLast() }
        result += "/"
        if second.utf8.first == UInt8(ascii: "/") { result += second.dropFirst() } else { result += second }
        return result
    }

    /// Joins path parts with single slashes, ignoring empty parts.
    static func join(_ parts: [String]) -> String {
        var result = ""
        for part in parts where !part.isEmpty {
            if result.isEmpty {
                result = part
                continue
            }
            let leftEndsWithSlash = result.utf8.last == UInt8(ascii: "/")
            let rightStartsWithSlash = part.utf8.first == UInt8(ascii: "/")
            if leftEndsWithSlash { result.removeLast() }
            result += "/"
            result += rightStartsWithSlash ? String(part.dropFirst()) : part
        }
        return result
    }

    /// The last component of `path`.
    static func lastComponent(_ path: String) -> String {
        var utf8 = Substring(path).utf8
        while utf8.last == UInt8(ascii: "/") { utf8 = utf8.dropLast() }
        guard !utf8.isEmpty else { return path }
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return String(Substring(utf8)) }
        return String(Substring(utf8[utf8.index(after: slash)...]))
    }

    /// Everything before the last component, or "" for a bare name.
    static func directory(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// The extension of the last component, lowercased, without the dot ("" if none).
    static func fileExtension(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        let ext = name[name.index(after: dot)...]
        if ext.utf8.allSatisfy({ $0 < 0x80 && ($0 < UInt8(ascii: "A") || $0 > UInt8(ascii: "Z")) }) { return String(ext) }
        return ext.lowercased()
    }

    /// The last component without its extension.
    static func stem(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// Resolves `.` and `..` in a relative path. Returns nil if `..` climbs above the start.
    static func normalize(_ path: String) -> String? {
        var parts: [Substring.UTF8View] = []
        for part in path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true) {
            if part.elementsEqual(".".utf8) { continue }
            if part.elementsEqual("..".utf8) {
                if parts.isEmpty { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        if parts.count == 1, let only = parts.first, only.count == path.utf8.count { return path }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: "/")) }
            bytes.append(contentsOf: part)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
