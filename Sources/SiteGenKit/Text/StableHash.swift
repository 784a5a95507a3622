import Foundation

/// A fast 128-bit hash of bytes, the same on every run and machine: two multiply-rotate lanes
/// fed eight bytes at a time. For noticing that inputs changed, not for security.
struct StableHash {
    private var first: UInt64 = 0xCBF2_9CE4_8422_2325
    private var second: UInt64 = 0x6C62_272E_07BB_0142

    private mutating func mix(_ word: UInt64) {
        first = ((first ^ word) &* 0x9E37_79B9_7F4A_7C15)
        first = (first << 29) | (first >> 35)
        second = ((second ^ word) &* 0xC2B2_AE3D_27D4_EB4F)
        second = (second << 31) | (second >> 33)
    }

    /// Adds `bytes`, preceded by their length so that no two sequences of fields run together.
    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        combine(UInt64(bytes.count))
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        mix(tail)
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
        mix(value)
    }

    /// Adds a file's stamp: its size, modification time and identity.
    mutating func combine(_ stamp: FileStamp) {
        mix(UInt64(stamp.size))
        mix(UInt64(bitPattern: stamp.modified))
        mix(stamp.identity)
    }

    /// The hash as one number.
    var value: UInt64 {
        Self.finish(first ^ second) ^ (second &+ first)
    }

    /// The hash, as 32 hexadecimal digits.
    var hex: String {
        func padded(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return padded(Self.finish(first ^ second)) + padded(Self.finish(second &+ first))
    }

    /// A final avalanche so that every input bit reaches every output digit.
    private static func finish(_ value: UInt64) -> UInt64 {
        var value = value ^ (value >> 33)
        value = value &* 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value = value &* 0xC4CE_B9FE_1A85_EC53
        return value ^ (value >> 33)
    }
}
