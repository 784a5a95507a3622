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

    /// The summary of `paragraph`, at most about `limit` characters.
    static func summary(of paragraph: String, limit: Int = defaultLimit) -> String {
        // Only the first limit + 3 characters decide the summary: collapse no further.
        if let scalars = collapseWhitespace(scalarsOf: paragraph, keeping: limit + 3) {
            return cut(scalars, limit: limit)
        }
        return summary(ofCharacters: paragraph, limit: limit)
    }

    /// ``summary(of:limit:)`` character by character, for any text (the tests compare the two).
    static func summary(ofCharacters paragraph: String, limit: Int = defaultLimit) -> String {
        cut(collapseWhitespace(ofCharacters: paragraph, keeping: limit + 3), limit: limit)
    }

    /// The summary of the first characters of a paragraph, white space collapsed.
    private static func cut<Unit: SummaryUnit>(_ text: [Unit], limit: Int) -> String {
        guard text.count > limit else { return Unit.string(text[...]) }
        var cut: Int?
        var index = 0
        while index < min(text.count, limit) {
            let scalar = text[index].singleScalar
            var end: Int?
            if isWideSentenceEnd(scalar) {
                end = index + 1
            } else if isLatinSentenceEnd(scalar), index + 1 < text.count, text[index + 1].singleScalar == 0x20 || isCloser(text[index + 1].singleScalar) {
                end = index + 1
            }
            if var end {
                while end < text.count, end < limit + 2, isCloser(text[end].singleScalar) { end += 1 }
                if end <= limit + 2 { cut = end }
            }
            index += 1
        }
        if let cut, cut >= minimumSentenceCut {
            return Unit.string(text[..<cut])
        }
        var end = limit
        if !text[..<end].contains(where: \.isWide) {
            if let space = text[..<end].lastIndex(where: { $0.singleScalar == 0x20 }), space > limit / 2 { end = space }
        }
        // No space or comma-like mark before the ellipsis: ， , 、 ： :
        while end > 0, let last = text[end - 1].singleScalar, [0x20, 0xFF0C, 0x2C, 0x3001, 0xFF1A, 0x3A].contains(last) {
            end -= 1
        }
        return Unit.string(text[..<end]) + "…"
    }

    private static func isWideSentenceEnd(_ scalar: UInt32?) -> Bool {
        switch scalar {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B: true // 。！？；
        default: false
        }
    }

    private static func isLatinSentenceEnd(_ scalar: UInt32?) -> Bool {
        switch scalar {
        case 0x2E, 0x21, 0x3F: true // . ! ?
        default: false
        }
    }

    private static func isCloser(_ scalar: UInt32?) -> Bool {
        switch scalar {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29, 0x22, 0x27, 0x3011, 0x300B: true // ”’」』）)"'】》
        default: false
        }
    }

    /// `character.isWhitespace`, answered without Unicode's tables for ASCII and CJK characters.
    private static func isWhitespace(_ character: Character) -> Bool {
        if let scalar = character.singleScalar {
            if scalar < 0x80 { return scalar == 0x20 || (scalar >= 0x09 && scalar <= 0x0D) }
            if scalar >= 0x4E00, scalar <= 0x9FFF { return false }
        }
        return character.isWhitespace
    }

    /// ``collapseWhitespace(ofCharacters:keeping:)`` for text whose characters are each one
    /// scalar that joins no neighbour — ASCII, CJK ideographs and punctuation, full-width forms,
    /// quotes and dashes: nearly every announcement — read scalar by scalar, without Unicode's
    /// rules for characters. Nil as soon as another scalar comes (up to one past the last kept).
    static func collapseWhitespace(scalarsOf text: String, keeping count: Int) -> [Unicode.Scalar]? {
        var collapsed = Collapsed<Unicode.Scalar>(keeping: count)
        for scalar in text.unicodeScalars {
            let isSpace: Bool
            switch scalar.value {
            case 0x09...0x0D, 0x20, 0x3000: isSpace = true
            case 0x21...0x7E, 0xB7, 0x2010...0x2027, 0x3001...0x3029, 0x3030...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFF5E: isSpace = false
            default: return nil
            }
            // This scalar starts a character of its own: the last kept one is whole.
            if collapsed.isFull { return collapsed.units }
            collapsed.add(scalar, isSpace: isSpace)
        }
        return collapsed.finished
    }

    /// ``collapseWhitespace(scalarsOf:keeping:)`` as characters (tests).
    static func collapseWhitespace(ofSimpleText text: String, keeping count: Int) -> [Character]? {
        collapseWhitespace(scalarsOf: text, keeping: count)?.map(Character.init)
    }

    /// The first `count` characters of `text` with runs of white space collapsed to one space
    /// and leading white space dropped; trailing white space is dropped when the text ends
    /// within them. Character by character: for any text.
    static func collapseWhitespace(ofCharacters text: String, keeping count: Int) -> [Character] {
        var collapsed = Collapsed<Character>(keeping: count)
        for character in text {
            if collapsed.isFull { return collapsed.units }
            collapsed.add(character, isSpace: isWhitespace(character))
        }
        return collapsed.finished
    }

    /// The first units of a text with runs of white space collapsed to one space and leading
    /// white space dropped, as they are added.
    private struct Collapsed<Unit: SummaryUnit> {
        private(set) var units: [Unit] = []
        private let count: Int
        private var lastWasSpace = false

        init(keeping count: Int) {
            self.count = count
            units.reserveCapacity(count)
        }

        /// Whether `count` units are kept.
        var isFull: Bool { units.count == count }

        mutating func add(_ unit: Unit, isSpace: Bool) {
            if isSpace {
                if !lastWasSpace, !units.isEmpty { units.append(Unit.space) }
                lastWasSpace = true
            } else {
                units.append(unit)
                lastWasSpace = false
            }
        }

        /// The units, without white space at the end (the text ended within it).
        var finished: [Unit] {
            units.last?.singleScalar == 0x20 ? Array(units.dropLast()) : units
        }
    }
}

/// What a summary is cut in: characters, or scalars when each character of the text is one.
private protocol SummaryUnit {
    /// The scalar value of a one-scalar unit, or nil.
    var singleScalar: UInt32? { get }
    /// Whether it is a wide (CJK) character.
    var isWide: Bool { get }
    /// A space.
    static var space: Self { get }
    /// The text of `units`.
    static func string(_ units: ArraySlice<Self>) -> String
}

extension Character: SummaryUnit {
    fileprivate var singleScalar: UInt32? {
        let scalars = unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        return first.value
    }

    fileprivate var isWide: Bool { unicodeScalars.first.map(CJK.isWide) ?? false }
    fileprivate static var space: Character { " " }
    fileprivate static func string(_ units: ArraySlice<Character>) -> String { String(units) }
}

extension Unicode.Scalar: SummaryUnit {
    fileprivate var singleScalar: UInt32? { value }
    fileprivate var isWide: Bool { CJK.isWide(self) }
    fileprivate static var space: Unicode.Scalar { " " }

    /// Encoded into one buffer (appending to a string's scalars checks and grows it per scalar).
    fileprivate static func string(_ units: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: units.count * 4) { buffer in
            var written = 0
            for unit in units {
                UTF8.encode(unit) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}
