/// Escaping for the text formats sitegen writes outside templates (XML feeds and sitemaps, and
/// the preview server's own HTML).
public enum Escaping {
    /// Escapes `& < > " '` for use in XML or HTML text and quoted attribute values, dropping
    /// the control characters XML does not allow.
    public static func xml(_ text: String) -> String {
        // Most texts (addresses, titles) need nothing: one pass over the bytes tells.
        let needsWork = text.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
            case 0x09, 0x0A, 0x0D: false
            default: byte < 0x20
            }
        }
        guard needsWork else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in XML 1.0.
                if scalar.value < 0x20, scalar != "\t", scalar != "\n", scalar != "\r" { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let hexDigits: [Unicode.Scalar] = Array("0123456789ABCDEF".unicodeScalars)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// Percent-encodes one URL path segment: everything but `A–Z a–z 0–9 - . _ ~` becomes `%XX`
    /// of its UTF-8 bytes.
    static func percentEncodePathSegment(_ segment: String) -> String {
        if segment.utf8.allSatisfy(isUnreserved) { return segment }
        var result = ""
        for byte in segment.utf8 {
            if isUnreserved(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(hexDigits[Int(byte >> 4)])
                result.unicodeScalars.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return result
    }

    /// Appends `path` to `bytes`, each segment percent-encoded as ``percentEncodePathSegment(_:)``
    /// does and the `/` between segments kept.
    static func appendPercentEncodedPath(_ path: Substring.UTF8View, to bytes: inout [UInt8]) {
        for byte in path {
            if isUnreserved(byte) || byte == UInt8(ascii: "/") {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(UInt8(ascii: hexDigits[Int(byte >> 4)]))
                bytes.append(UInt8(ascii: hexDigits[Int(byte & 0x0F)]))
            }
        }
    }
}
