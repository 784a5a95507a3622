extension Escaping {
    /// `text` as a double-quoted CSS string (`"…"`), safe inside an HTML `<style>` element.
    ///
    /// Every ASCII character other than a letter, a digit or a space is written as a CSS hex
    /// escape ended by one space (`\3C `, which CSS reads as `<` and a space that belongs to the
    /// escape), so the string can neither end early (`"`, `\`, a line break) nor close the style
    /// element (`</style>`). Characters beyond ASCII are kept as they are, except the line and
    /// paragraph separators and C1 controls, which are escaped too; NUL becomes U+FFFD, as CSS
    /// reads it.
    static func cssString(_ text: String) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0:
                bytes.append(contentsOf: "\\FFFD ".utf8)
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x20:
                bytes.append(UInt8(scalar.value))
            case 0...0x7F, 0x80...0x9F, 0x2028, 0x2029:
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(contentsOf: String(scalar.value, radix: 16, uppercase: true).utf8)
                bytes.append(UInt8(ascii: " "))
            default:
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }
}
