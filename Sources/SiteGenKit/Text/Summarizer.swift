/// Cuts a summary out of a lead paragraph.
///
/// The summary is the paragraph itself when it is short; otherwise it ends at the last sentence
/// end (。！？ or . ! ? followed by a space) within the limit, keeping closing quotes and brackets;
/// failing that, it is cut at the limit (at a space in Latin text) and an ellipsis added. It
/// works on characters (grapheme clusters), so no character is ever split.
enum Summarizer {
    /// The default length limit, in characters.
    static let defaultLimit = 120

    /// A sentence end closer to the start than this is not used: the cut would say too little.
    private static let minimumSentenceCut = 12

    /// The scalar of a one-scalar character (nearly every Chinese or Latin one), or nil.
    private static func singleScalar(_ character: Character) -> UInt32? {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        return first.value
    }

    private static func isWideSentenceEnd(_ character: Character) -> Bool {
        switch singleScalar(character) {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B: true // 。！？；
        default: false
        }
    }

    private static func isLatinSentenceEnd(_ character: Character) -> Bool {
        switch singleScalar(character) {
        case 0x2E, 0x21, 0x3F: true // . ! ?
        default: false
        }
    }

    private static func isCloser(_ character: Character) -> Bool {
        switch singleScalar(character) {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29, 0x22, 0x27, 0x3011, 0x300B: true // ”’」』）)"'】》
        default: false
        }
    }

    /// `character.isWhitespace`, answered without Unicode's tables for ASCII and CJK characters.
    private static func isWhitespace(_ character: Character) -> Bool {
        if let scalar = singleScalar(character) {
            if scalar < 0x80 { return scalar == 0x20 || (scalar >= 0x09 && scalar <= 0x0D) }
            if scalar >= 0x4E00, scalar <= 0x9FFF { return false }
        }
        return character.isWhitespace
    }

    /// The summary of `paragraph`, at most about `limit` characters.
    static func summary(of paragraph: String, limit: Int = defaultLimit) -> String {
        // Only the first limit + 3 characters decide the summary: collapse no further.
        let text = collapseWhitespace(paragraph, keeping: limit + 3)
        guard text.count > limit else { return String(text) }
        var cut: Int?
        var index = 0
        while index < min(text.count, limit) {
            let character = text[index]
            var end: Int?
            if isWideSentenceEnd(character) {
                end = index + 1
            } else if isLatinSentenceEnd(character), index + 1 < text.count, text[index + 1] == " " || isCloser(text[index + 1]) {
                end = index + 1
            }
            if var end {
                while end < text.count, end < limit + 2, isCloser(text[end]) { end += 1 }
                if end <= limit + 2 { cut = end }
            }
            index += 1
        }
        if let cut, cut >= minimumSentenceCut {
            return String(text[..<cut])
        }
        var end = limit
        if !text[..<end].contains(where: isWide) {
            if let space = text[..<end].lastIndex(of: " "), space > limit / 2 { end = space }
        }
        var head = String(text[..<end])
        while let last = head.last, last == " " || last == "，" || last == "," || last == "、" || last == "：" || last == ":" {
            head.removeLast()
        }
        return head + "…"
    }

    private static func isWide(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(CJK.isWide) ?? false
    }

    /// The first `count` characters of `text` with runs of white space collapsed to one space
    /// and leading white space dropped; trailing white space is dropped when the text ends
    /// within them.
    private static func collapseWhitespace(_ text: String, keeping count: Int) -> [Character] {
        collapseWhitespace(ofSimpleText: text, keeping: count) ?? collapseWhitespace(ofCharacters: text, keeping: count)
    }

    /// ``collapseWhitespace(_:keeping:)`` for text whose characters are each one scalar that
    /// joins no neighbour — ASCII, CJK ideographs and punctuation, full-width forms, quotes and
    /// dashes: nearly every announcement — read scalar by scalar, without Unicode's rules for
    /// characters. Nil as soon as another scalar comes (up to one past the last kept).
    static func collapseWhitespace(ofSimpleText text: String, keeping count: Int) -> [Character]? {
        var collapsed = Collapsed(keeping: count)
        for scalar in text.unicodeScalars {
            let isSpace: Bool
            switch scalar.value {
            case 0x09...0x0D, 0x20, 0x3000: isSpace = true
            case 0x21...0x7E, 0xB7, 0x2010...0x2027, 0x3001...0x3029, 0x3030...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFF5E: isSpace = false
            default: return nil
            }
            // This scalar starts a character of its own: the last kept one is whole.
            if collapsed.isFull { return collapsed.characters }
            collapsed.add(Character(scalar), isSpace: isSpace)
        }
        return collapsed.finished
    }

    /// ``collapseWhitespace(_:keeping:)`` character by character: for any text.
    static func collapseWhitespace(ofCharacters text: String, keeping count: Int) -> [Character] {
        var collapsed = Collapsed(keeping: count)
        for character in text {
            if collapsed.isFull { return collapsed.characters }
            collapsed.add(character, isSpace: isWhitespace(character))
        }
        return collapsed.finished
    }

    /// The first characters of a text with runs of white space collapsed to one space and
    /// leading white space dropped, as they are added.
    private struct Collapsed {
        private(set) var characters: [Character] = []
        private let count: Int
        private var lastWasSpace = false

        init(keeping count: Int) {
            self.count = count
            characters.reserveCapacity(count)
        }

        /// Whether `count` characters are kept.
        var isFull: Bool { characters.count == count }

        mutating func add(_ character: Character, isSpace: Bool) {
            if isSpace {
                if !lastWasSpace, !characters.isEmpty { characters.append(" ") }
                lastWasSpace = true
            } else {
                characters.append(character)
                lastWasSpace = false
            }
        }

        /// The characters, without white space at the end (the text ended within it).
        var finished: [Character] {
            characters.last == " " ? Array(characters.dropLast()) : characters
        }
    }
}
