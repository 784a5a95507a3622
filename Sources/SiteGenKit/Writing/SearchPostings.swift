/// The postings of the site search's terms, gathered document by document (see ``SearchIndex``).
///
/// A character's postings are, per document, the gap from the previous document and
/// `count × 2 + 1 if in the title`. A pair's or word's are, per document, the gap, how many
/// positions, then the first position and the gaps between the next ones (each minus one).
struct SearchPostings {
    /// The most positions a document has: the rest of a longer text is not indexed.
    static let positionLimit = 1 << 22

    /// The most digits one number of the postings takes: each is below 2³⁵ (positions and
    /// counts below ``positionLimit`` and twice it, gaps between documents below their count),
    /// and a digit holds five bits.
    static let maximumDigits = 7

    /// The terms of one document with their positions, grouped by term.
    struct DocumentTerms: Sendable {
        /// CJK characters by scalar; a position below ``SearchIndex/bodyStart`` is in the title.
        var characters = TermOccurrences()
        /// Pairs of adjacent CJK characters, as `first << 21 | second`, at the first's position.
        var pairs = TermOccurrences()
        /// Words with their positions in order.
        var words: [[UInt8]: [Int32]] = [:]
    }

    /// One term's postings: their encoding, and the last document they name. The encoding
    /// grows in memory of its own, written in place through a pointer: a site of 10,000
    /// announcements adds some ten million postings, and appending each one's few bytes to an
    /// array (a copy from a scratch buffer, the array's checks and growth) cost more than
    /// encoding them. ``SearchPostings/release()`` frees it.
    private struct Postings {
        var bytes: UnsafeMutablePointer<UInt8>?
        var count = 0
        var capacity = 0
        var lastDocument = -1

        /// Room for `needed` more bytes; where they go.
        @inline(__always)
        mutating func reserve(_ needed: Int) -> UnsafeMutablePointer<UInt8> {
            if capacity - count < needed {
                let grown = max(capacity * 2, count + needed)
                let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
                if let bytes {
                    moved.moveInitialize(from: bytes, count: count)
                    bytes.deallocate()
                }
                bytes = moved
                capacity = grown
            }
            return bytes.unsafelyUnwrapped + count
        }

        /// Appends document `id` with the count and title flag of a character.
        @inline(__always)
        mutating func add(_ id: Int, count occurrences: Int, inTitle: Bool) {
            let start = reserve(2 * SearchPostings.maximumDigits)
            var cursor = start
            SearchIndex.put(id - lastDocument - 1, at: &cursor)
            SearchIndex.put(occurrences * 2 + (inTitle ? 1 : 0), at: &cursor)
            count += cursor - start
            lastDocument = id
        }

        /// Appends document `id` with the positions of a pair or word, in increasing order.
        @inline(__always)
        mutating func add(_ id: Int, positions: UnsafeBufferPointer<Int32>) {
            let start = reserve((positions.count + 2) * SearchPostings.maximumDigits)
            var cursor = start
            SearchIndex.put(id - lastDocument - 1, at: &cursor)
            SearchIndex.put(positions.count, at: &cursor)
            var last = -1
            for position in positions {
                SearchIndex.put(Int(position) - last - 1, at: &cursor)
                last = Int(position)
            }
            count += cursor - start
            lastDocument = id
        }

        /// The encoding as an array.
        var data: [UInt8] {
            guard let bytes else { return [] }
            return Array(UnsafeBufferPointer(start: bytes, count: count))
        }

        /// Frees the encoding.
        func release() {
            bytes?.deallocate()
        }
    }

    private var characterNumbers = TermTable()
    private var characters: [Postings] = []
    private var pairNumbers = TermTable()
    private var pairs: [Postings] = []
    private var words: [[UInt8]: Postings] = [:]

    /// Frees the memory of every term's postings; the postings are empty afterwards.
    mutating func release() {
        for postings in characters { postings.release() }
        for postings in pairs { postings.release() }
        for postings in words.values { postings.release() }
        characters = []
        pairs = []
        words = [:]
    }

    /// Adds the terms of document `id`; documents must come in increasing order of id. With
    /// `partitions` above 1, only the terms of `partition` (see ``partition(ofCharacter:_:)``
    /// and its siblings): each partition's postings can then be gathered on its own core.
    mutating func add(_ terms: DocumentTerms, id: Int, partition: Int = 0, of partitions: Int = 1) {
        terms.characters.withGroups { terms, starts, positions in
            for group in 0..<terms.count {
                let scalar = UInt32(truncatingIfNeeded: terms[group])
                guard partitions == 1 || Self.partition(ofCharacter: scalar, partitions) == partition else { continue }
                let start = Int(starts[group])
                let count = Int(starts[group + 1]) - start
                // Positions come in order, the title's first.
                let inTitle = count > 0 && Int(positions[start]) < SearchIndex.bodyStart
                let number = characterNumbers.number(of: UInt64(scalar))
                if number == characters.count { characters.append(Postings()) }
                characters[number].add(id, count: count, inTitle: inTitle)
            }
        }
        terms.pairs.withGroups { terms, starts, positions in
            for group in 0..<terms.count {
                let pair = terms[group]
                guard partitions == 1 || Self.partition(ofPair: pair, partitions) == partition else { continue }
                let number = pairNumbers.number(of: pair)
                if number == pairs.count { pairs.append(Postings()) }
                pairs[number].add(id, positions: UnsafeBufferPointer(rebasing: positions[Int(starts[group])..<Int(starts[group + 1])]))
            }
        }
        for (word, positions) in terms.words where partitions == 1 || Self.partition(ofWord: word, partitions) == partition {
            positions.withUnsafeBufferPointer { words[word, default: Postings()].add(id, positions: $0) }
        }
    }

    /// The partition of a character's postings.
    static func partition(ofCharacter scalar: UInt32, _ partitions: Int) -> Int {
        Int(scalar % UInt32(partitions))
    }

    /// The partition of a pair's postings (`first << 21 | second`).
    static func partition(ofPair pair: UInt64, _ partitions: Int) -> Int {
        Int((pair ^ (pair >> 21)) % UInt64(partitions))
    }

    /// The partition of a word's postings.
    static func partition(ofWord word: [UInt8], _ partitions: Int) -> Int {
        (Int(word.first ?? 0) + Int(word.last ?? 0)) % partitions
    }

    /// Every term as its UTF-8 and its postings' encoding; the postings are emptied, each
    /// term's memory freed as soon as its encoding is copied out.
    mutating func takeEntries() -> [(token: [UInt8], data: [UInt8])] {
        var entries: [(token: [UInt8], data: [UInt8])] = []
        entries.reserveCapacity(characters.count + pairs.count + words.count)
        func utf8(_ scalar: UInt32) -> [UInt8] {
            Unicode.Scalar(scalar).map { Array(String($0).utf8) } ?? []
        }
        func take(_ postings: Postings) -> [UInt8] {
            defer { postings.release() }
            return postings.data
        }
        for (scalar, postings) in zip(characterNumbers.keys, characters) { entries.append((utf8(UInt32(truncatingIfNeeded: scalar)), take(postings))) }
        for (pair, postings) in zip(pairNumbers.keys, pairs) { entries.append((utf8(UInt32(pair >> 21)) + utf8(UInt32(pair & 0x1F_FFFF)), take(postings))) }
        for (word, postings) in words { entries.append((word, take(postings))) }
        characters = []
        pairs = []
        words = [:]
        characterNumbers = TermTable()
        pairNumbers = TermTable()
        return entries
    }
}
