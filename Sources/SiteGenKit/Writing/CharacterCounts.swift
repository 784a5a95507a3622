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
        /// The table and buffers borrowed from the pool.
        private let scratch: Scratch
        /// Group + 1 by scalar for the Basic Multilingual Plane (0: not seen yet).
        private let slots: UnsafeMutablePointer<Int32>
        /// Each group's scalar and value (see ``CharacterCounts/values``).
        private var scalars: UnsafeMutablePointer<UInt32>
        private var values: UnsafeMutablePointer<Int32>
        private var count = 0
        private var capacity: Int
        /// Group + 1 of characters beyond it (rare: CJK extensions B and later).
        private var others: [UInt32: Int32] = [:]

        /// A counter with a table from the pool.
        init() {
            scratch = Self.pool.take()
            slots = scratch.slots
            scalars = scratch.scalars
            values = scratch.values
            capacity = scratch.capacity
        }

        /// Counts one occurrence of `scalar`, in the title or not.
        @inline(__always)
        mutating func add(_ scalar: UInt32, inTitle: Bool) {
            if scalar < Self.tableSize {
                let group = Int(slots[Int(scalar)])
                if group != 0 {
                    values[group - 1] &+= 2
                    return
                }
                slots[Int(scalar)] = Int32(count + 1)
            } else if let group = others[scalar] {
                values[Int(group) - 1] &+= 2
                return
            } else {
                others[scalar] = Int32(count + 1)
            }
            if count == capacity { grow() }
            scalars[count] = scalar
            values[count] = inTitle ? 3 : 2
            count += 1
        }

        private mutating func grow() {
            let grown = capacity * 2
            let movedScalars = UnsafeMutablePointer<UInt32>.allocate(capacity: grown)
            movedScalars.moveInitialize(from: scalars, count: count)
            scalars.deallocate()
            scalars = movedScalars
            let movedValues = UnsafeMutablePointer<Int32>.allocate(capacity: grown)
            movedValues.moveInitialize(from: values, count: count)
            values.deallocate()
            values = movedValues
            capacity = grown
        }

        /// The counts; the table goes back to the pool empty, and the counter must not be used
        /// again.
        mutating func finish() -> CharacterCounts {
            var counts = CharacterCounts()
            counts.scalars = Array(UnsafeBufferPointer(start: scalars, count: count))
            counts.values = Array(UnsafeBufferPointer(start: values, count: count))
            for index in 0..<count where scalars[index] < Self.tableSize { slots[Int(scalars[index])] = 0 }
            scratch.scalars = scalars
            scratch.values = values
            scratch.capacity = capacity
            Self.pool.give(scratch)
            return counts
        }

        /// Scalars below this have a slot in the table.
        private static let tableSize: UInt32 = 0x1_0000

        /// Tables of ``tableSize`` zeros, one per document being counted at a time.
        private static let pool = Pool()

        /// A table of slots, all 0 while in the pool, and room for the groups.
        private final class Scratch: @unchecked Sendable {
            let slots: UnsafeMutablePointer<Int32>
            var scalars: UnsafeMutablePointer<UInt32>
            var values: UnsafeMutablePointer<Int32>
            var capacity = 1024

            init() {
                slots = .allocate(capacity: Int(tableSize))
                slots.initialize(repeating: 0, count: Int(tableSize))
                scalars = .allocate(capacity: capacity)
                values = .allocate(capacity: capacity)
            }
        }

        /// Scratches not in use.
        private final class Pool: @unchecked Sendable {
            private let lock = NSLock()
            private var free: [Scratch] = []

            func take() -> Scratch {
                lock.lock()
                let scratch = free.popLast()
                lock.unlock()
                return scratch ?? Scratch()
            }

            func give(_ scratch: Scratch) {
                lock.lock()
                free.append(scratch)
                lock.unlock()
            }
        }
    }
}
