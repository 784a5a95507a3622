/// The postings of the site search's terms, gathered document by document (see ``SearchIndex``).
///
/// A character's postings are, per document, the gap from the previous document and
/// `count × 2 + 1 if in the title`. A pair's or word's are, per document, the gap, how many
/// positions, then the first position and the gaps between the next ones (each minus one).
struct SearchPostings {
    /// How often a character occurs in one document, and whether in its title.
    struct CharacterCount {
        var count = 0
        var inTitle = false

        mutating func add(inTitle title: Bool) {
            count += 1
            inTitle = inTitle || title
        }
    }

    /// The terms of one document: characters with counts, pairs (two scalars packed) and words
    /// with their positions in order.
    struct DocumentTerms: Sendable {
        var characters: [UInt32: CharacterCount] = [:]
        var pairs: [UInt64: [Int32]] = [:]
        var words: [[UInt8]: [Int32]] = [:]
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
    }

    private var characters: [UInt32: Postings] = [:]
    private var pairs: [UInt64: Postings] = [:]
    private var words: [[UInt8]: Postings] = [:]

    /// Adds the terms of document `id`; documents must come in increasing order of id.
    mutating func add(_ terms: DocumentTerms, id: Int) {
        for (scalar, count) in terms.characters {
            characters[scalar, default: Postings()].startDocument(id)
            SearchIndex.append(count.count * 2 + (count.inTitle ? 1 : 0), to: &characters[scalar, default: Postings()].data)
        }
        for (pair, positions) in terms.pairs { pairs[pair, default: Postings()].add(id, positions: positions) }
        for (word, positions) in terms.words { words[word, default: Postings()].add(id, positions: positions) }
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
