/// The occurrences of one document's terms grouped by term in one pass (a hash table, no
/// sorting): each distinct term once, in the order of its first occurrence, with its positions
/// in the order they were added.
struct TermOccurrences: Sendable {
    /// Each distinct term.
    private(set) var terms: [UInt64] = []
    /// Where each term's positions start in ``positions``; one more entry than ``terms``.
    private(set) var starts: [Int32] = [0]
    /// The positions, term after term.
    private(set) var positions: [Int32] = []

    /// No occurrences.
    init() {}

    /// Groups `occurrences` (term and position, in position order).
    init(_ occurrenceTerms: [UInt64], _ occurrencePositions: [Int32]) {
        self = occurrenceTerms.withUnsafeBufferPointer { terms in
            occurrencePositions.withUnsafeBufferPointer { TermOccurrences(terms, $0) }
        }
    }

    /// Groups `occurrences` (term and position, in position order; as many positions as terms).
    init(_ occurrenceTerms: UnsafeBufferPointer<UInt64>, _ occurrencePositions: UnsafeBufferPointer<Int32>) {
        let count = min(occurrenceTerms.count, occurrencePositions.count)
        guard count > 0 else { return }
        var bits = 4
        while 1 << bits < count * 2 { bits += 1 }
        let mask = (1 << bits) - 1
        // Slot → group + 1 (0: empty); each occurrence's group; each group's term and size.
        let slots = UnsafeMutablePointer<Int32>.allocate(capacity: 1 << bits)
        slots.initialize(repeating: 0, count: 1 << bits)
        let groupOf = UnsafeMutablePointer<Int32>.allocate(capacity: count)
        let groupTerms = UnsafeMutablePointer<UInt64>.allocate(capacity: count)
        let sizes = UnsafeMutablePointer<Int32>.allocate(capacity: count)
        defer {
            slots.deallocate()
            groupOf.deallocate()
            groupTerms.deallocate()
            sizes.deallocate()
        }
        var groups = 0
        for index in 0..<count {
            let term = occurrenceTerms[index]
            var slot = Int(truncatingIfNeeded: (term &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
            while true {
                let group = Int(slots[slot])
                if group == 0 {
                    groupTerms[groups] = term
                    sizes[groups] = 1
                    groups += 1
                    slots[slot] = Int32(groups)
                    groupOf[index] = Int32(groups - 1)
                    break
                }
                if groupTerms[group - 1] == term {
                    sizes[group - 1] += 1
                    groupOf[index] = Int32(group - 1)
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        terms = Array(UnsafeBufferPointer(start: groupTerms, count: groups))
        // Where each group's positions start, then (reused as the next free place of each) filled.
        starts = Array(unsafeUninitializedCapacity: groups + 1) { buffer, initialized in
            var total: Int32 = 0
            buffer[0] = 0
            for group in 0..<groups {
                total += sizes[group]
                buffer[group + 1] = total
            }
            initialized = groups + 1
        }
        let next = sizes
        for group in 0..<groups { next[group] = starts[group] }
        positions = Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                let group = Int(groupOf[index])
                buffer[Int(next[group])] = occurrencePositions[index]
                next[group] += 1
            }
            initialized = count
        }
    }

    /// How many distinct terms.
    var count: Int { terms.count }

    /// Calls `body` with the terms, where each one's positions start (one more entry than
    /// terms) and the positions, without copying or checking indices per term.
    func withGroups<Result>(_ body: (UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) throws -> Result) rethrows -> Result {
        try terms.withUnsafeBufferPointer { terms in
            try starts.withUnsafeBufferPointer { starts in
                try positions.withUnsafeBufferPointer { try body(terms, starts, $0) }
            }
        }
    }

    /// The positions of the `group`th term.
    func positions(of group: Int) -> ArraySlice<Int32> {
        positions[Int(starts[group])..<Int(starts[group + 1])]
    }
}
