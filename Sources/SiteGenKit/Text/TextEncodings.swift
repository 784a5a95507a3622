/// Telling what encoding a file that is not UTF-8 is in.
enum TextEncodings {
    /// The offset of the first byte that does not continue valid UTF-8 (`bytes.count` when all are).
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return offset
            }
        }
    }

    /// Whether `bytes` are well-formed GB18030 (which includes GBK and GB2312) with at least one
    /// Chinese character in it: every byte above 0x7F starts a two-byte pair (lead 0x81–0xFE,
    /// trail 0x40–0x7E or 0x80–0xFE) or a four-byte sequence (0x81–0xFE, 0x30–0x39, 0x81–0xFE,
    /// 0x30–0x39).
    static func looksLikeGB18030(_ bytes: [UInt8]) -> Bool {
        var index = 0
        var pairs = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            guard (0x81...0xFE).contains(byte), index + 1 < bytes.count else { return false }
            let second = bytes[index + 1]
            if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) {
                pairs += 1
                index += 2
            } else if (0x30...0x39).contains(second), index + 3 < bytes.count,
                      (0x81...0xFE).contains(bytes[index + 2]), (0x30...0x39).contains(bytes[index + 3]) {
                index += 4
            } else {
                return false
            }
        }
        return pairs > 0
    }
}
