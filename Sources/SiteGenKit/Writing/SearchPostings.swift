/// The postings of the site search's terms, gathered document by document (see ``SearchIndex``).
///
/// A character's postings are, per document, the gap from the previous document and
/// `count × 2 + 1 if in the title`. A pair's or word's are, per document, the gap, how many
/// positions, then the first position and the gaps between the next ones (each minus one).
struct SearchPostings {
    /// The most positions a document has: a pair's position shares a 64-bit number with it.
    static let positionLimit = 1 << 22

    /// The terms of one document, each occurrence once, sorted so that a term's occurrences
    /// are neighbours: characters as `scalar << 1 | 1 if in the title`, pairs as
    /// `(first << 21 | second) << 22 | position`, and words with their positions in order.
    struct DocumentTerms: Sendable {
        var characters: [UInt32] = []
        var pairs: [UInt64] = []
        var words: [[UInt8]: [Int32]] = [:]

        /// Sorts the occurrences (once all are added).
        mutating func sort() {
            characters.sort()
            pairs.sort()
        }
    }

    private struct Postings {
        var data: [UInt8] = []
        var lastDocument = -1

        mutating func startDocument(_ id: Int) {
            SearchIndex.append(id - lastDocument - 1, to: &data)
            lastDocument = id
        }

        mutating func add(_ id: Int, positions: [Int32]) {
            startDocument(id)
            SearchIndex.append(positions.count, to: &data)
            var last = -1
            for position in positions {
                SearchIndex.append(Int(position) - last - 1, to: &data)
                last = Int(position)
            }
        }

        mutating func add(_ id: Int, pairs: ArraySlice<UInt64>) {
            startDocument(id)
            SearchIndex.append(pairs.count, to: &data)
            var last = -1
            for pair in pairs {
                let position = Int(pair & UInt64(SearchPostings.positionLimit - 1))
                SearchIndex.append(position - last - 1, to: &data)
                last = position
            }
        }

        mutating func add(_ id: Int, count: Int, inTitle: Bool) {
            startDocument(id)
            SearchIndex.append(count * 2 + (inTitle ? 1 : 0), to: &data)
        }
    }

    private var characters: [UInt32: Postings] = [:]
    private var pairs: [UInt64: Postings] = [:]
    private var words: [[UInt8]: Postings] = [:]

    /// Adds the terms of document `id`; documents must come in increasing order of id. With
    /// `partitions` above 1, only the terms of `partition` (see ``partition(ofCharacter:_:)``
    /// and its siblings): each partition's postings can then be gathered on its own core.
    mutating func add(_ terms: DocumentTerms, id: Int, partition: Int = 0, of partitions: Int = 1) {
        var start = 0
        let occurrences = terms.characters
        while start < occurrences.count {
            let scalar = occurrences[start] >> 1
            var end = start
            var inTitle = false
            while end < occurrences.count, occurrences[end] >> 1 == scalar {
                inTitle = inTitle || occurrences[end] & 1 == 1
                end += 1
            }
            if partitions == 1 || Self.partition(ofCharacter: scalar, partitions) == partition {
                characters[scalar, default: Postings()].add(id, count: end - start, inTitle: inTitle)
            }
            start = end
        }
        start = 0
        let pairOccurrences = terms.pairs
        while start < pairOccurrences.count {
            let pair = pairOccurrences[start] >> 22
            var end = start + 1
            while end < pairOccurrences.count, pairOccurrences[end] >> 22 == pair { end += 1 }
            if partitions == 1 || Self.partition(ofPair: pair, partitions) == partition {
                pairs[pair, default: Postings()].add(id, pairs: pairOccurrences[start..<end])
            }
            start = end
        }
        for (word, positions) in terms.words where partitions == 1 || Self.partition(ofWord: word, partitions) == partition {
            words[word, default: Postings()].add(id, positions: positions)
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

    /// Every term as its UTF-8 and its postings' encoding.
    func entries() -> [(token: [UInt8], data: [UInt8])] {
        var entries: [(token: [UInt8], data: [UInt8])] = []
        entries.reserveCapacity(characters.count + pairs.count + words.count)
        func utf8(_ scalar: UInt32) -> [UInt8] {
            Unicode.Scalar(scalar).map { Array(String($0).utf8) } ?? []
        }
        for (scalar, postings) in characters { entries.append((utf8(scalar), postings.data)) }
        for (pair, postings) in pairs { entries.append((utf8(UInt32(pair >> 21)) + utf8(UInt32(pair & 0x1F_FFFF)), postings.data)) }
        for (word, postings) in words { entries.append((word, postings.data)) }
        return entries
    }
}
