/// Each term's ``TermPostings`` by 64-bit term, in one open-addressing table (a multiplicative
/// hash, linear probing) whose entries hold the postings themselves.
///
/// Adding a posting looks the term up and writes at the end of its encoding: with the term's
/// number in one table and its postings in another array, that was two more places in memory
/// per posting, and at 30,000 announcements (half a million terms) each a cache miss. A
/// `Dictionary`'s seeded hashing cost more still. The owner frees the table with ``release()``.
struct TermPostingsTable {
    private struct Entry {
        /// The term plus one; 0 marks an empty slot.
        var key: UInt64
        var postings: TermPostings
    }

    /// The slots; nil until the first term (and after ``release()``).
    private var entries: UnsafeMutablePointer<Entry>?
    /// The number of slots is `1 << bits`.
    private var bits: Int
    /// How many slots there are: 0 or `1 << bits`.
    private var slotCount = 0
    /// How many terms.
    private(set) var count = 0

    /// An empty table with room for about `capacity` terms before it grows.
    init(capacity: Int = 64) {
        var bits = 3
        while 1 << bits < capacity * 2 { bits += 1 }
        self.bits = bits
    }

    private static func emptyEntries(_ count: Int) -> UnsafeMutablePointer<Entry> {
        let entries = UnsafeMutablePointer<Entry>.allocate(capacity: count)
        entries.initialize(repeating: Entry(key: 0, postings: TermPostings()), count: count)
        return entries
    }

    @inline(__always)
    private static func slot(of key: UInt64, bits: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    /// The postings of `term` (added, empty, when it is new), for use before the next call.
    @inline(__always)
    mutating func postings(of term: UInt64) -> UnsafeMutablePointer<TermPostings> {
        if count * 2 >= slotCount { grow() }
        let entries = self.entries.unsafelyUnwrapped
        let key = term &+ 1
        let mask = slotCount - 1
        var slot = Self.slot(of: key, bits: bits)
        while true {
            let entry = entries + slot
            if entry.pointee.key == key { return pointer(to: entry) }
            if entry.pointee.key == 0 {
                entry.pointee.key = key
                count += 1
                return pointer(to: entry)
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func pointer(to entry: UnsafeMutablePointer<Entry>) -> UnsafeMutablePointer<TermPostings> {
        UnsafeMutableRawPointer(entry).advanced(by: MemoryLayout<Entry>.offset(of: \Entry.postings).unsafelyUnwrapped)
            .assumingMemoryBound(to: TermPostings.self)
    }

    /// Doubles the slots (or makes the first ones) and moves the entries into them.
    private mutating func grow() {
        let old = entries
        let oldCount = slotCount
        if old != nil { bits += 1 }
        slotCount = 1 << bits
        let grown = Self.emptyEntries(slotCount)
        let mask = slotCount - 1
        if let old {
            for index in 0..<oldCount where old[index].key != 0 {
                var slot = Self.slot(of: old[index].key, bits: bits)
                while grown[slot].key != 0 { slot = (slot + 1) & mask }
                grown[slot] = old[index]
            }
            old.deinitialize(count: oldCount)
            old.deallocate()
        }
        entries = grown
    }

    /// Calls `body` with each term and its postings' encoding, in the table's order, freeing
    /// each term's memory once its encoding is copied out; the table is empty afterwards.
    mutating func drain(_ body: (_ term: UInt64, _ data: [UInt8]) -> Void) {
        if let entries {
            for index in 0..<slotCount where entries[index].key != 0 {
                body(entries[index].key &- 1, entries[index].postings.data)
                entries[index].postings.release()
            }
        }
        release()
    }

    /// Frees every term's postings and the table; it is empty afterwards.
    mutating func release() {
        if let entries {
            for index in 0..<slotCount where entries[index].key != 0 { entries[index].postings.release() }
            entries.deinitialize(count: slotCount)
            entries.deallocate()
        }
        entries = nil
        slotCount = 0
        count = 0
        bits = 3
    }
}
