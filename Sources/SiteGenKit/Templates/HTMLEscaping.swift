import Mustache

/// HTML escaping for templates that declare `{{% CONTENT_TYPE: HTML }}`: the same five
/// characters as swift-mustache's own (`& < > " '`), but scanned as UTF-8 bytes, and a string
/// with nothing to escape is returned as it is. The default theme's layout declares it; a theme
/// that does not is escaped just the same, only more slowly.
struct HTMLEscaping: MustacheContentType {
    /// Registers this escaping under the name `HTML` (once per process).
    static let registered: Void = {
        MustacheContentTypes.register(HTMLEscaping(), named: "HTML")
    }()

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: Self.needsEscaping) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
