/// The text of HTML without its markup, for the site search: tags and comments dropped (with
/// the contents of `script` and `style`), entities decoded, a line break at the end of each
/// block. One pass over UTF-8 bytes; the HTML may come in pieces that split a tag.
struct HTMLPlainText {
    private var output: [UInt8] = []
    private var state = State.text
    private var tagName: [UInt8] = []
    private var tagNameDone = false
    private var quote: UInt8 = 0
    private var entity: [UInt8] = []
    /// Inside `script` or `style` (raw HTML only): everything up to its end tag is skipped.
    private var skippingUntil: [UInt8]?

    private enum State {
        case text, tag, comment, entity
    }

    /// Creates an empty extraction.
    init() {}

    /// The text of `pieces` joined.
    static func text(of pieces: [String]) -> String {
        String(decoding: utf8(of: pieces), as: UTF8.self)
    }

    /// The text of `pieces` joined, as UTF-8 (valid: it is cut only at ASCII characters).
    static func utf8(of pieces: [String]) -> [UInt8] {
        var extraction = HTMLPlainText()
        for piece in pieces { extraction.feed(piece) }
        return extraction.finishUTF8()
    }

    /// The text of `html` (valid UTF-8), as UTF-8.
    static func utf8(of html: [UInt8]) -> [UInt8] {
        var extraction = HTMLPlainText()
        html.withUnsafeBufferPointer { extraction.feed($0) }
        return extraction.finishUTF8()
    }

    /// Adds HTML.
    mutating func feed(_ html: String) {
        var html = html
        html.withUTF8 { feed($0) }
    }

    /// Adds HTML as UTF-8 (valid, though it may stop within a tag).
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            if state == .text, skippingUntil == nil {
                // Plain text up to the next tag, entity or line break is copied at once.
                var end = index
                while end < bytes.count {
                    let byte = bytes[end]
                    if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == 0x0A || byte == 0x0D { break }
                    end += 1
                }
                if end > index {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    index = end
                    continue
                }
            }
            take(bytes[index])
            index += 1
        }
    }

    /// The text so far, trimmed.
    mutating func finish() -> String {
        String(decoding: finishUTF8(), as: UTF8.self)
    }

    /// The text so far, trimmed, as UTF-8.
    mutating func finishUTF8() -> [UInt8] {
        if state == .entity { flushEntity(decoded: false) }
        while let last = output.last, last == 0x0A || last == 0x20 { output.removeLast() }
        return output
    }

    private mutating func take(_ byte: UInt8) {
        switch state {
        case .text:
            if byte == UInt8(ascii: "<") {
                state = .tag
                tagName.removeAll(keepingCapacity: true)
                tagNameDone = false
                quote = 0
            } else if skippingUntil != nil {
                return
            } else if byte == UInt8(ascii: "&") {
                state = .entity
                entity.removeAll(keepingCapacity: true)
            } else if byte == 0x0A || byte == 0x0D {
                newline()
            } else {
                output.append(byte)
            }
        case .entity:
            if byte == UInt8(ascii: ";") {
                flushEntity(decoded: true)
            } else if entity.count < 10, byte != UInt8(ascii: "<"), byte != UInt8(ascii: "&"), byte > 0x20 {
                entity.append(byte)
            } else {
                flushEntity(decoded: false)
                take(byte)
            }
        case .comment:
            tagName.append(byte)
            if tagName.count >= 3, tagName.suffix(3).elementsEqual("-->".utf8) { state = .text }
        case .tag:
            if quote != 0 {
                if byte == quote { quote = 0 }
                return
            }
            if byte == UInt8(ascii: ">") {
                endTag()
                return
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
                tagNameDone = true
                return
            }
            if !tagNameDone {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || (byte == UInt8(ascii: "/") && !tagName.isEmpty) {
                    tagNameDone = true
                } else {
                    tagName.append(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0))
                    if tagName.count == 3, tagName.elementsEqual("!--".utf8) {
                        state = .comment
                        tagName.removeAll(keepingCapacity: true)
                    }
                }
            }
        }
    }

    private mutating func endTag() {
        state = .text
        let closing = tagName.first == UInt8(ascii: "/")
        let name = tagName.dropFirst(closing ? 1 : 0)
        if let until = skippingUntil {
            if closing, name.elementsEqual(until) { skippingUntil = nil }
            return
        }
        if !closing, name.elementsEqual("script".utf8) || name.elementsEqual("style".utf8) {
            skippingUntil = Array(name)
            return
        }
        if Self.isBlock(name) { newline() }
    }

    /// Whether `name` (lowercase) is a block's tag, after which a line ends: `p`, `br`, `li`,
    /// `ul`, `ol`, `h1`–`h6`, `hr`, `tr`, `td`, `th`, `dt`, `dd` and ``longBlockTags``. Looked at
    /// byte by byte (every tag of every body comes here).
    private static func isBlock(_ name: ArraySlice<UInt8>) -> Bool {
        guard let first = name.first else { return false }
        switch name.count {
        case 1:
            return first == UInt8(ascii: "p")
        case 2:
            let second = name[name.startIndex + 1]
            switch first {
            case UInt8(ascii: "h"): return (second >= UInt8(ascii: "1") && second <= UInt8(ascii: "6")) || second == UInt8(ascii: "r")
            case UInt8(ascii: "t"): return second == UInt8(ascii: "r") || second == UInt8(ascii: "d") || second == UInt8(ascii: "h")
            case UInt8(ascii: "d"): return second == UInt8(ascii: "t") || second == UInt8(ascii: "d")
            case UInt8(ascii: "b"): return second == UInt8(ascii: "r")
            case UInt8(ascii: "l"): return second == UInt8(ascii: "i")
            case UInt8(ascii: "u"), UInt8(ascii: "o"): return second == UInt8(ascii: "l")
            default: return false
            }
        default:
            return longBlockTags.contains { $0.count == name.count && $0.elementsEqual(name) }
        }
    }

    private mutating func newline() {
        if let last = output.last, last != 0x0A { output.append(0x0A) }
    }

    private mutating func flushEntity(decoded: Bool) {
        state = .text
        if decoded, let scalar = Self.decode(entity) {
            output.append(contentsOf: String(Character(scalar)).utf8)
        } else {
            output.append(UInt8(ascii: "&"))
            output.append(contentsOf: entity)
            if decoded { output.append(UInt8(ascii: ";")) }
        }
    }

    private static func decode(_ entity: [UInt8]) -> Unicode.Scalar? {
        switch String(decoding: entity, as: UTF8.self) {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default: break
        }
        guard entity.first == UInt8(ascii: "#") else { return nil }
        let hex = entity.count > 1 && (entity[1] == UInt8(ascii: "x") || entity[1] == UInt8(ascii: "X"))
        let digits = String(decoding: entity.dropFirst(hex ? 2 : 1), as: UTF8.self)
        guard let value = UInt32(digits, radix: hex ? 16 : 10), value >= 0x20, let scalar = Unicode.Scalar(value) else { return nil }
        return scalar
    }

    /// The blocks' tags longer than two letters.
    private static let longBlockTags: [[UInt8]] = ["div", "pre", "table", "figure", "section", "blockquote", "figcaption"].map { Array($0.utf8) }
}
