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
        var text = text
        guard text.withUTF8({ $0.contains(where: Self.needsEscaping) }) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 16)
        Self.append(text, to: &escaped)
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Adds `text` to the end of `bytes` as UTF-8, escaped as ``escapeText(_:)`` escapes it.
    static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { source in
            guard let first = source.firstIndex(where: needsEscaping) else {
                bytes.append(contentsOf: source)
                return
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[..<first]))
            for byte in source[first...] {
                switch byte {
                case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
                default: bytes.append(byte)
                }
            }
        }
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
