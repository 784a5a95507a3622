/// What kind of URL a link is, read from its scheme on bytes.
enum URLSchemes {
    /// The URL schemes a link may use.
    static let allowed: Set<String> = ["http", "https", "mailto", "tel"]

    /// The lowercased scheme of a URL, ignoring the whitespace and control characters browsers
    /// ignore (so that `java\tscript:` is seen as `javascript`), or nil for a relative URL.
    static func scheme(of text: String) -> String? {
        var scheme: [UInt8] = []
        for byte in text.utf8 {
            if byte == UInt8(ascii: ":") { return scheme.isEmpty ? nil : String(decoding: scheme, as: UTF8.self) }
            if byte <= 0x20 { continue }
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { return nil }
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): scheme.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."): scheme.append(byte)
            default: return nil
            }
        }
        return nil
    }

    /// Whether `text` starts with a scheme: a letter, then letters, digits, `+ - .`, then `:`.
    static func hasScheme(_ text: String) -> Bool {
        var isFirst = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: ":"):
                return !isFirst
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                isFirst = false
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if isFirst { return false }
            default:
                return false
            }
        }
        return false
    }

    /// Whether `url` is an http or https address.
    static func isWebURL(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
    }
}
