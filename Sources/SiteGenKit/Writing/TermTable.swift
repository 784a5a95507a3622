/// Numbers terms (64-bit keys) in the order they are first seen, by open addressing with a
/// multiplicative hash: what the search index's postings use instead of a `Dictionary`, whose
/// seeded hashing costs more than everything else done per term.
struct TermTable: Sendable {
    /// Each term, by its number.
    private(set) var keys: [UInt64] = []
    /// Slot → term number + 1 (0: empty).
    private var slots: [Int32]
    private var bits: Int

    /// An empty table with room for about `capacity` terms before it grows.
    init(capacity: Int = 64) {
        var bits = 4
        while 1 << bits < capacity * 2 { bits += 1 }
        self.bits = bits
        slots = [Int32](repeating: 0, count: 1 << bits)
    }

    /// How many terms.
    var count: Int { keys.count }

    /// The number of `key`, which is numbered next if it is new.
    mutating func number(of key: UInt64) -> Int {
        if keys.count * 2 >= slots.count { grow() }
        let mask = slots.count - 1
        var slot = Self.slot(of: key, bits: bits)
        while true {
            let entry = slots[slot]
            if entry == 0 {
                keys.append(key)
                slots[slot] = Int32(keys.count)
                return keys.count - 1
            }
            if keys[Int(entry) - 1] == key { return Int(entry) - 1 }
            slot = (slot + 1) & mask
        }
    }

    private static func slot(of key: UInt64, bits: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    private mutating func grow() {
        bits += 1
        slots = [Int32](repeating: 0, count: 1 << bits)
        let mask = slots.count - 1
        for (number, key) in keys.enumerated() {
            var slot = Self.slot(of: key, bits: bits)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }
}
