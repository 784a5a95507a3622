extension Escaping {
    /// `text` as a double-quoted JavaScript (and JSON) string literal that is also safe inside
    /// HTML: `<`, `>` and `&` are written as `\u003c` … so that no `</script>` or comment can
    /// appear, control characters and U+2028/U+2029 are escaped.
    static func javaScriptString(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendJavaScriptString(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``javaScriptString(_:)`` of `text` to `bytes`, copying runs that need no escape
    /// at once.
    static func appendJavaScriptString(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendJavaScriptString(utf8: $0, to: &bytes) }
    }

    /// Appends ``javaScriptString(_:)`` of the text whose valid UTF-8 is `utf8` to `bytes`.
    static func appendJavaScriptString(utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        bytes.reserveCapacity(bytes.count + utf8.count + 16)
        bytes.append(UInt8(ascii: "\""))
        func escape(_ value: UInt32) {
            bytes.append(contentsOf: "\\u".utf8)
            for shift in stride(from: 12, through: 0, by: -4) {
                bytes.append(hexDigit(UInt8((value >> UInt32(shift)) & 0xF)))
            }
        }
        var index = 0
        var runStart = 0
        let count = utf8.count
        while index < count {
            // Most bytes are not even candidates: one look-up each.
            javaScriptCandidates.withUnsafeBufferPointer { table in
                while index < count, table[Int(utf8[index])] == 0 { index += 1 }
            }
            guard index < count else { break }
            let byte = utf8[index]
            if byte == 0xE2, !(index + 2 < count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)) {
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            switch byte {
            case 0x22: bytes.append(contentsOf: "\\\"".utf8)
            case 0x5C: bytes.append(contentsOf: "\\\\".utf8)
            case 0x0A: bytes.append(contentsOf: "\\n".utf8)
            case 0xE2:
                escape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                index += 2
            default: escape(UInt32(byte))
            }
            index += 1
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        bytes.append(UInt8(ascii: "\""))
    }

    /// 1 for the bytes that are escaped or may start U+2028/U+2029 (0xE2), 0 for the others.
    private static let javaScriptCandidates: [UInt8] = (0...255).map { byte in
        switch byte {
        case 0x22, 0x5C, 0x3C, 0x3E, 0x26, 0..<0x20, 0x7F, 0xE2: 1
        default: 0
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
