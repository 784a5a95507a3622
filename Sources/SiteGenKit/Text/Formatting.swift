import Foundation

/// How values are shown to readers.
enum Formatting {
    /// Whether a language tag (`zh-CN`, `ZH`, `zh-Hant-TW`) names Chinese; checked on bytes,
    /// since every date shown asks.
    static func isChinese(_ language: String) -> Bool {
        var bytes = language.utf8.makeIterator()
        guard let first = bytes.next(), let second = bytes.next() else { return false }
        return first | 0x20 == UInt8(ascii: "z") && second | 0x20 == UInt8(ascii: "h")
    }

    /// A number as people write it: `2`, `1.5`, `0.25` (at most two decimals, no trailing zeros).
    static func number(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        if hundredths.truncatingRemainder(dividingBy: 100) == 0, abs(hundredths) < 9e17 {
            return String(Int(hundredths / 100))
        }
        var text = String(format: "%.2f", hundredths / 100)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A value with its unit: `2场`, `1000人`.
    static func quantity(_ value: Double, unit: String?) -> String {
        number(value) + (unit ?? "")
    }

    /// A file size such as `856 B`, `35 KB` or `1.2 MB`.
    static func fileSize(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        let kilobytes = Double(bytes) / 1024
        // 1023.6 KB would show as "1024 KB": from there on it is a megabyte.
        if kilobytes.rounded() < 1024 { return "\(Int(kilobytes.rounded())) KB" }
        let megabytes = kilobytes / 1024
        let tenths = Int((megabytes * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
