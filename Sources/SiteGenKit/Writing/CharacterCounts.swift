import Foundation

/// The distinct CJK characters of one document, each with how often it occurs and whether it
/// occurs in the title: all that a character's postings say about a document (see
/// ``SearchPostings``), so no positions are kept for them.
///
/// Characters are counted as they come, in a table indexed by scalar (one look-up each, no
/// hashing and no grouping afterwards); the tables are borrowed from a pool and left empty.
struct CharacterCounts: Sendable {
    /// Each distinct character's scalar, in the order of first occurrence.
    private(set) var scalars: [UInt32] = []
    /// Each one's `count × 2`, plus 1 when its first occurrence is in the title.
    private(set) var values: [Int32] = []

    /// No characters.
    init() {}

    /// How many distinct characters.
    var count: Int { scalars.count }

    /// How many times the `index`th character occurs.
    func occurrences(at index: Int) -> Int { Int(values[index] >> 1) }

    /// Whether the `index`th character occurs in the title.
    func isInTitle(at index: Int) -> Bool { values[index] & 1 == 1 }

    /// Counts characters one at a time; ``finish()`` gives the counts and returns the table.
    struct Counter {
        private var counts = CharacterCounts()
        /// Group + 1 by scalar for the Basic Multilingual Plane (0: not seen yet).
        private let slots: UnsafeMutablePointer<Int32>
        /// Group + 1 of characters beyond it (rare: CJK extensions B and later).
        private var others: [UInt32: Int32] = [:]

        /// A counter with a table from the pool.
        init() {
            slots = Self.pool.take()
        }

        /// Counts one occurrence of `scalar`, in the title or not.
        @inline(__always)
        mutating func add(_ scalar: UInt32, inTitle: Bool) {
            if scalar < Self.tableSize {
                let group = Int(slots[Int(scalar)])
                if group != 0 {
                    counts.values[group - 1] &+= 2
                    return
                }
                slots[Int(scalar)] = Int32(counts.scalars.count + 1)
            } else if let group = others[scalar] {
                counts.values[Int(group) - 1] &+= 2
                return
            } else {
                others[scalar] = Int32(counts.scalars.count + 1)
            }
            counts.scalars.append(scalar)
            counts.values.append(inTitle ? 3 : 2)
        }

        /// The counts; the table goes back to the pool empty, and the counter must not be used
        /// again.
        mutating func finish() -> CharacterCounts {
            for scalar in counts.scalars where scalar < Self.tableSize { slots[Int(scalar)] = 0 }
            Self.pool.give(slots)
            return counts
        }

        /// Scalars below this have a slot in the table.
        private static let tableSize: UInt32 = 0x1_0000

        /// Tables of ``tableSize`` zeros, one per document being counted at a time.
        private static let pool = TablePool()

        /// Tables not in use; all their slots are 0.
        private final class TablePool: @unchecked Sendable {
            private let lock = NSLock()
            private var free: [UnsafeMutablePointer<Int32>] = []

            func take() -> UnsafeMutablePointer<Int32> {
                lock.lock()
                let table = free.popLast()
                lock.unlock()
                if let table { return table }
                let made = UnsafeMutablePointer<Int32>.allocate(capacity: Int(tableSize))
                made.initialize(repeating: 0, count: Int(tableSize))
                return made
            }

            func give(_ table: UnsafeMutablePointer<Int32>) {
                lock.lock()
                free.append(table)
                lock.unlock()
            }
        }
    }
}
