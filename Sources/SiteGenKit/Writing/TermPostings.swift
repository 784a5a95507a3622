/// One term's postings in the search index (see ``SearchPostings``): their encoding, and the
/// last document they name.
///
/// The encoding grows in memory of its own, written in place through a pointer: a site of
/// 10,000 announcements adds some ten million postings, and appending each one's few bytes to
/// an array (a copy from a scratch buffer, the array's checks and growth) cost more than
/// encoding them. The owner frees it with ``release()``.
struct TermPostings {
    private var bytes: UnsafeMutablePointer<UInt8>?
    private var count: Int32 = 0
    private var capacity: Int32 = 0
    private var lastDocument: Int32 = -1

    /// No postings.
    init() {}

    /// The room a term's first posting gets: most terms occur in a few documents, and growing
    /// from the first posting's size took several moves each.
    static let firstCapacity = 48

    /// Room for `needed` more bytes; where they go.
    @inline(__always)
    private mutating func reserve(_ needed: Int) -> UnsafeMutablePointer<UInt8> {
        if Int(capacity - count) < needed {
            let grown = max(Int(capacity) * 2, Int(count) + needed, Self.firstCapacity)
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            if let bytes {
                moved.moveInitialize(from: bytes, count: Int(count))
                bytes.deallocate()
            }
            bytes = moved
            capacity = Int32(grown)
        }
        return bytes.unsafelyUnwrapped + Int(count)
    }

    /// Appends document `id` with the count and title flag of a character.
    @inline(__always)
    mutating func add(_ id: Int, count occurrences: Int, inTitle: Bool) {
        let start = reserve(2 * SearchPostings.maximumDigits)
        var cursor = start
        SearchIndex.put(id - Int(lastDocument) - 1, at: &cursor)
        SearchIndex.put(occurrences * 2 + (inTitle ? 1 : 0), at: &cursor)
        count += Int32(cursor - start)
        lastDocument = Int32(id)
    }

    /// Appends document `id` with the positions of a pair or word, in increasing order.
    @inline(__always)
    mutating func add(_ id: Int, positions: UnsafeBufferPointer<Int32>) {
        let start = reserve((positions.count + 2) * SearchPostings.maximumDigits)
        var cursor = start
        SearchIndex.put(id - Int(lastDocument) - 1, at: &cursor)
        SearchIndex.put(positions.count, at: &cursor)
        var last = -1
        for position in positions {
            SearchIndex.put(Int(position) - last - 1, at: &cursor)
            last = Int(position)
        }
        count += Int32(cursor - start)
        lastDocument = Int32(id)
    }

    /// The encoding as an array.
    var data: [UInt8] {
        guard let bytes else { return [] }
        return Array(UnsafeBufferPointer(start: bytes, count: Int(count)))
    }

    /// Frees the encoding; the postings are empty afterwards.
    mutating func release() {
        bytes?.deallocate()
        self = TermPostings()
    }
}
