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
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: Self.needsEscaping) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            escaped.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): escaped.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): escaped.append(contentsOf: "&#39;".utf8)
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? text
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
