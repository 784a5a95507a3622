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
        /// CJK characters by scalar, counted.
        var characters = CharacterCounts()
        /// Pairs of adjacent CJK characters, as `first << 21 | second`, at the first's position.
        var pairs = TermOccurrences()
        /// Words with their positions in order.
        var words: [[UInt8]: [Int32]] = [:]
    }

    private var characters = TermPostingsTable()
    private var pairs = TermPostingsTable(capacity: 4096)
    private var words: [[UInt8]: TermPostings] = [:]

    /// Frees the memory of every term's postings; the postings are empty afterwards.
    mutating func release() {
        characters.release()
        pairs.release()
        for var postings in words.values { postings.release() }
        words = [:]
    }

    /// Adds the terms of document `id`; documents must come in increasing order of id. With
    /// `partitions` above 1, only the terms of `partition` (see ``partition(ofCharacter:_:)``
    /// and its siblings): each partition's postings can then be gathered on its own core.
    mutating func add(_ terms: DocumentTerms, id: Int, partition: Int = 0, of partitions: Int = 1) {
        let characterCounts = terms.characters
        for index in 0..<characterCounts.count {
            let scalar = characterCounts.scalars[index]
            guard partitions == 1 || Self.partition(ofCharacter: scalar, partitions) == partition else { continue }
            characters.postings(of: UInt64(scalar)).pointee.add(id, count: characterCounts.occurrences(at: index), inTitle: characterCounts.isInTitle(at: index))
        }
        terms.pairs.withGroups { terms, starts, positions in
            for group in 0..<terms.count {
                let pair = terms[group]
                guard partitions == 1 || Self.partition(ofPair: pair, partitions) == partition else { continue }
                pairs.postings(of: pair).pointee.add(id, positions: UnsafeBufferPointer(rebasing: positions[Int(starts[group])..<Int(starts[group + 1])]))
            }
        }
        for (word, positions) in terms.words where partitions == 1 || Self.partition(ofWord: word, partitions) == partition {
            positions.withUnsafeBufferPointer { words[word, default: TermPostings()].add(id, positions: $0) }
        }
    }

    /// The partition of a character's postings.
    @inline(__always)
    static func partition(ofCharacter scalar: UInt32, _ partitions: Int) -> Int {
        spread(UInt64(scalar), partitions)
    }

    /// The partition of a pair's postings (`first << 21 | second`).
    @inline(__always)
    static func partition(ofPair pair: UInt64, _ partitions: Int) -> Int {
        spread(pair, partitions)
    }

    /// `term` mapped onto `0..<partitions` by a multiplicative hash and a multiply-shift, not a
    /// division: each partition's core looks at every term of every document, and a 64-bit
    /// division per term was a tenth of the time spent adding pairs.
    @inline(__always)
    private static func spread(_ term: UInt64, _ partitions: Int) -> Int {
        // Another multiplier than the tables' slots use, so that one partition's terms still
        // fill all of its table.
        let mixed = (term &* 0xD6E8_FEB8_6659_FD93) >> 32
        return Int(truncatingIfNeeded: (mixed &* UInt64(truncatingIfNeeded: partitions)) >> 32)
    }

    /// The partition of a word's postings.
    static func partition(ofWord word: [UInt8], _ partitions: Int) -> Int {
        (Int(word.first ?? 0) + Int(word.last ?? 0)) % partitions
    }

    /// Every term as its UTF-8 and its postings' encoding; the postings are emptied and their
    /// memory freed.
    mutating func takeEntries() -> [(token: [UInt8], data: [UInt8])] {
        var entries: [(token: [UInt8], data: [UInt8])] = []
        entries.reserveCapacity(characters.count + pairs.count + words.count)
        func utf8(_ scalar: UInt32) -> [UInt8] {
            Unicode.Scalar(scalar).map { Array(String($0).utf8) } ?? []
        }
        characters.drain { scalar, data in entries.append((utf8(UInt32(truncatingIfNeeded: scalar)), data)) }
        pairs.drain { pair, data in entries.append((utf8(UInt32(pair >> 21)) + utf8(UInt32(pair & 0x1F_FFFF)), data)) }
        for (word, postings) in words { entries.append((word, postings.data)) }
        release()
        return entries
    }
}
