import Foundation

/// A fast 128-bit hash of bytes, the same on every run and machine (two FNV-1a lanes with
/// different bases): for noticing that inputs changed, not for security.
struct StableHash {
    private var first: UInt64 = 0xCBF2_9CE4_8422_2325
    private var second: UInt64 = 0x6C62_272E_07BB_0142

    /// Adds `bytes`, preceded by their length so that no two sequences of fields run together.
    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        combine(UInt64(bytes.count))
        var a = first
        var b = second
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte)) &* 0x0000_0001_0000_01B3 &+ 0x9E37
        }
        first = a
        second = b
    }

    /// Adds the bytes of `data`.
    mutating func combine(_ data: Data) {
        data.withUnsafeBytes { combine($0) }
    }

    /// Adds the UTF-8 bytes of `text`.
    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    /// Adds a number.
    mutating func combine(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            let byte = UInt64((value >> UInt64(shift)) & 0xFF)
            first = (first ^ byte) &* 0x0000_0100_0000_01B3
            second = (second ^ byte) &* 0x0000_0001_0000_01B3 &+ 0x9E37
        }
    }

    /// The hash, as 32 hexadecimal digits.
    var hex: String {
        func padded(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return padded(first) + padded(second)
    }
}
