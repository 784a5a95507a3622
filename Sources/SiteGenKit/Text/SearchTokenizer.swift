/// Splits text into the tokens the site search indexes, on UTF-8 bytes.
///
/// Every CJK character (Han, kana, Hangul) is one token; a run of ASCII letters and digits is
/// one token, lowercased (full-width letters and digits count as ASCII), cut to
/// ``maximumWordLength`` bytes. Each token takes the next position. Spaces and tabs only end a
/// word; any other character (punctuation, line breaks, other scripts) also leaves a gap of one
/// position, so that a phrase never matches across `，` or a paragraph's end.
///
/// `Templates/assets/search.js` splits queries and snippets the same way: the two must agree.
struct SearchTokenizer {
    /// The longest word kept, in bytes; the rest of a longer word is dropped.
    static let maximumWordLength = 40

    /// One token: a CJK character's scalar, or a word's lowercased ASCII bytes.
    enum Token: Equatable {
        case character(UInt32)
        case word([UInt8])
    }

    /// The position the next token takes.
    private(set) var position: Int
    private var word: [UInt8] = []
    /// Whether a gap was left since the last token (or nothing was emitted yet).
    private var gapped = true

    /// A tokenizer whose first token takes `position`.
    init(position: Int = 0) {
        self.position = position
    }

    /// Feeds `bytes` (valid UTF-8) and calls `emit` with each token and its position. A word at
    /// the end is held until ``finish(_:)`` or more text.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (Token, Int) -> Void) {
        withoutActuallyEscaping(emit) { emit in
            var sink = ClosureSink(emit: emit)
            feed(bytes, into: &sink)
        }
    }

    /// Feeds `bytes` (valid UTF-8) and hands each token and its position to `sink`: the fast
    /// path, without a closure call per token. A word at the end is held until
    /// ``finish(into:)`` or more text.
    mutating func feed<Sink: SearchTokenSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            var scalar: UInt32
            var length: Int
            if lead < 0x80 {
                scalar = UInt32(lead)
                length = 1
            } else if lead < 0xE0 {
                length = 2
                scalar = UInt32(lead & 0x1F)
            } else if lead < 0xF0 {
                length = 3
                scalar = UInt32(lead & 0x0F)
            } else {
                length = 4
                scalar = UInt32(lead & 0x07)
            }
            if length > 1 {
                guard index + length <= count else { break }
                for offset in 1..<length { scalar = (scalar << 6) | UInt32(bytes[index + offset] & 0x3F) }
            }
            index += length
            take(scalar, &sink)
        }
    }

    /// Feeds `text`.
    mutating func feed(_ text: String, _ emit: (Token, Int) -> Void) {
        var text = text
        text.withUTF8 { feed($0, emit) }
    }

    /// Feeds `text` to `sink`.
    mutating func feed<Sink: SearchTokenSink>(_ text: String, into sink: inout Sink) {
        var text = text
        text.withUTF8 { feed($0, into: &sink) }
    }

    /// Emits a word still held, and leaves a gap after it.
    mutating func finish(_ emit: (Token, Int) -> Void) {
        withoutActuallyEscaping(emit) { emit in
            var sink = ClosureSink(emit: emit)
            finish(into: &sink)
        }
    }

    /// Hands a word still held to `sink`, and leaves a gap after it.
    mutating func finish<Sink: SearchTokenSink>(into sink: inout Sink) {
        flushWord(&sink)
        separate()
    }

    private mutating func take<Sink: SearchTokenSink>(_ scalar: UInt32, _ sink: inout Sink) {
        switch Self.classify(scalar) {
        case .wordCharacter(let byte):
            if word.count < Self.maximumWordLength { word.append(byte) }
        case .cjk:
            flushWord(&sink)
            sink.character(scalar, at: position)
            position += 1
            gapped = false
        case .space:
            flushWord(&sink)
        case .separator:
            flushWord(&sink)
            separate()
        }
    }

    private mutating func flushWord<Sink: SearchTokenSink>(_ sink: inout Sink) {
        guard !word.isEmpty else { return }
        sink.word(word, at: position)
        position += 1
        gapped = false
        word.removeAll(keepingCapacity: true)
    }

    private mutating func separate() {
        if !gapped {
            position += 1
            gapped = true
        }
    }

    /// Passes tokens on to a closure.
    private struct ClosureSink: SearchTokenSink {
        let emit: (Token, Int) -> Void

        func character(_ scalar: UInt32, at position: Int) {
            emit(.character(scalar), position)
        }

        func word(_ bytes: [UInt8], at position: Int) {
            emit(.word(bytes), position)
        }
    }

    private enum CharacterClass {
        case wordCharacter(UInt8)
        case cjk
        case space
        case separator
    }

    private static func classify(_ scalar: UInt32) -> CharacterClass {
        // The common Han block first: most of the text is in it.
        if scalar >= 0x4E00, scalar <= 0x9FFF { return .cjk }
        switch scalar {
        case 0x30...0x39, 0x61...0x7A: return .wordCharacter(UInt8(scalar))
        case 0x41...0x5A: return .wordCharacter(UInt8(scalar + 0x20))
        case 0xFF10...0xFF19, 0xFF41...0xFF5A: return .wordCharacter(UInt8(scalar - 0xFEE0))
        case 0xFF21...0xFF3A: return .wordCharacter(UInt8(scalar - 0xFEE0 + 0x20))
        case 0x20, 0x09, 0xA0, 0x3000: return .space
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x323AF: return .cjk
        default: return .separator
        }
    }
}

/// What receives the tokens of a ``SearchTokenizer``.
protocol SearchTokenSink {
    /// A CJK character at `position`.
    mutating func character(_ scalar: UInt32, at position: Int)
    /// A word's lowercased ASCII bytes at `position`.
    mutating func word(_ bytes: [UInt8], at position: Int)
}
