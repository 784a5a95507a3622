/// Facts about Chinese, Japanese and Korean characters that text handling needs.
enum CJK {
    /// Whether `scalar` is a CJK ideograph, kana, hangul, or CJK / full-width punctuation —
    /// characters between which a line break in the source does not mean a space.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x11FF, 0x2E80...0x2FDF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x312F,
             0x3130...0x318F, 0x31A0...0x31BF, 0x31F0...0x31FF, 0x3200...0x32FF, 0x3300...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7AF, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }

    /// Whether `scalar` is punctuation shared by Chinese and Latin text (curly quotes, ellipsis,
    /// em dash), which takes the width of its neighbour.
    static func isShared(_ scalar: Unicode.Scalar) -> Bool {
        [0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2014].contains(scalar.value)
    }

    /// Whether a soft line break between `left` and `right` should vanish rather than become a space.
    static func breakVanishes(between left: Unicode.Scalar, and right: Unicode.Scalar) -> Bool {
        (isWide(left) && (isWide(right) || isShared(right) || isDigit(right)))
            || ((isShared(left) || isDigit(left)) && isWide(right))
    }

    /// Whether `scalar` is an ASCII digit: figures sit against Chinese characters without a
    /// space (2025年, 第3届, 共300家).
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }

    /// Joins two pieces of text that a soft line break separated: with nothing between Chinese
    /// characters, with a space otherwise.
    static func joinAcrossLineBreak(_ left: String, _ right: String) -> String {
        guard let last = left.unicodeScalars.last, let first = right.unicodeScalars.first else { return left + right }
        return breakVanishes(between: last, and: first) ? left + right : left + " " + right
    }
}
