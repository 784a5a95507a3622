/// Telling what encoding a file that is not UTF-8 is in.
enum TextEncodings {
    /// The offset of the first byte that does not continue valid UTF-8 (`bytes.count` when all are).
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for next in 1..<max(length, 1) where !(0x80...0xBF).contains(bytes[index + next]) { return index }
            if length > 1, String(validating: bytes[index..<index + length], as: UTF8.self) == nil { return index }
            index += length
        }
        return index
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
