/// Finds which of many names occur in a text, in one pass over the text's UTF-8 bytes, whatever
/// the number of names.
///
/// At each character the first bytes there (two Chinese characters' worth) are looked up in a
/// small bitmap of the names' beginnings, which stays in the processor's fastest cache (a full
/// automaton for hundreds of Chinese names would not, and would miss it at every byte). Only
/// where a name may begin are the names with those first bytes compared with the text. The work
/// grows with the text, and with the names that share a beginning only where they may begin.
///
/// Where one name is part of a longer one that occurs at the same spot ("苏州技师学院" inside
/// "苏州技师学院附属技工学校"), only the longer name counts there. Matching is exact, byte for
/// byte, so a match always falls on whole characters.
struct NameMatcher: Sendable {
    /// Each name's UTF-8.
    private let names: [[UInt8]]
    /// The names by their first ``prefixLength`` bytes.
    private let byBeginning: [UInt64: [Int32]]
    /// How many first bytes of a name it is looked up by: six (two Chinese characters), or the
    /// shortest name's length.
    private let prefixLength: Int
    /// Bit `hash(prefix)` is set for the first ``prefixLength`` bytes of every name.
    private let beginnings: [UInt64]
    private static let bitmapBits = 16

    /// Prepares a matcher for `names`; a match reports a name by its index in this array.
    /// Empty names never match.
    init(names: [String]) {
        let utf8 = names.map { Array($0.utf8) }
        let prefixLength = min(6, utf8.map(\.count).filter { $0 > 0 }.min() ?? 6)
        var byBeginning: [UInt64: [Int32]] = [:]
        var beginnings = [UInt64](repeating: 0, count: (1 << Self.bitmapBits) / 64)
        for (index, name) in utf8.enumerated() where !name.isEmpty {
            let prefix = name.withUnsafeBufferPointer { Self.prefix(of: $0, at: 0, length: prefixLength) }
            byBeginning[prefix, default: []].append(Int32(index))
            let bit = Self.hash(prefix)
            beginnings[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.names = utf8
        self.byBeginning = byBeginning
        self.prefixLength = prefixLength
        self.beginnings = beginnings
    }

    /// The indices of the names that occur in `text`, ascending. A name counts only where it is
    /// not part of a longer name matched at the same spot.
    func names(in text: String) -> [Int] {
        var found: [Match] = []
        var text = text
        let prefixLength = self.prefixLength
        beginnings.withUnsafeBufferPointer { beginnings in
            text.withUTF8 { bytes in
                guard bytes.count >= prefixLength else { return }
                let last = bytes.count - prefixLength
                var next = 0
                while next <= last {
                    // A name begins with a whole character: go from one character's first byte
                    // to the next (a String's UTF-8 is valid).
                    let start = next
                    let lead = bytes[start]
                    next += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    let prefix = Self.prefix(of: bytes, at: start, length: prefixLength)
                    let bit = Self.hash(prefix)
                    guard beginnings[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let candidates = byBeginning[prefix] else { continue }
                    for candidate in candidates {
                        let name = names[Int(candidate)]
                        guard start + name.count <= bytes.count else { continue }
                        if name.withUnsafeBufferPointer({ name in name.elementsEqual(bytes[start..<start + name.count]) }) {
                            found.append(Match(start: start, end: start + name.count, name: Int(candidate)))
                        }
                    }
                }
            }
        }
        guard !found.isEmpty else { return [] }
        // Earliest start first, then longest: a match is dropped when an earlier-listed match
        // covers it and is longer.
        found.sort { ($0.start, -$0.end, $0.name) < ($1.start, -$1.end, $1.name) }
        var kept = Set<Int>()
        var coverStart = -1
        var coverEnd = -1
        for match in found {
            if match.end < coverEnd || (match.end == coverEnd && match.start > coverStart) { continue }
            kept.insert(match.name)
            if match.end > coverEnd {
                coverStart = match.start
                coverEnd = match.end
            }
        }
        return kept.sorted()
    }

    /// The `length` (at most eight) bytes at `start`, as one number (the first byte lowest):
    /// read at once where eight bytes remain.
    @inline(__always)
    private static func prefix(of bytes: UnsafeBufferPointer<UInt8>, at start: Int, length: Int) -> UInt64 {
        if start + 8 <= bytes.count, let base = bytes.baseAddress {
            let word = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self).littleEndian
            return length == 8 ? word : word & ((1 << UInt64(8 * length)) - 1)
        }
        var value: UInt64 = 0
        for offset in 0..<length { value |= UInt64(bytes[start + offset]) << UInt64(8 * offset) }
        return value
    }

    /// The bitmap bit of a prefix.
    @inline(__always)
    private static func hash(_ prefix: UInt64) -> Int {
        Int(truncatingIfNeeded: (prefix &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bitmapBits))
    }

    private struct Match {
        var start: Int
        var end: Int
        var name: Int
    }
}
