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
        let count = occurrenceTerms.count
        guard count > 0 else { return }
        var bits = 4
        while 1 << bits < count * 2 { bits += 1 }
        let mask = (1 << bits) - 1
        // Slot → group + 1 (0: empty).
        var slots = [Int32](repeating: 0, count: 1 << bits)
        var groupOf = [Int32](repeating: 0, count: count)
        var sizes: [Int32] = []
        terms.reserveCapacity(count / 2)
        sizes.reserveCapacity(count / 2)
        for index in 0..<count {
            let term = occurrenceTerms[index]
            var slot = Int(truncatingIfNeeded: (term &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
            while true {
                let group = slots[slot]
                if group == 0 {
                    terms.append(term)
                    sizes.append(1)
                    slots[slot] = Int32(terms.count)
                    groupOf[index] = Int32(terms.count - 1)
                    break
                }
                if terms[Int(group) - 1] == term {
                    sizes[Int(group) - 1] += 1
                    groupOf[index] = group - 1
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        starts.reserveCapacity(terms.count + 1)
        var total: Int32 = 0
        for size in sizes {
            total += size
            starts.append(total)
        }
        var next = Array(starts.dropLast())
        positions = [Int32](repeating: 0, count: count)
        for index in 0..<count {
            let group = Int(groupOf[index])
            positions[Int(next[group])] = occurrencePositions[index]
            next[group] += 1
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
