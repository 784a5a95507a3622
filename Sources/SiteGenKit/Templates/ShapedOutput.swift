/// A template's output for one shape of page: the HTML around the spots where a page's text
/// and HTML values go, each spot with its expression and whether the value is escaped there.
struct ShapedOutput: Sendable {
    /// A spot for a value.
    struct Slot: Sendable {
        /// The value's expression.
        var expression: Int
        /// How it is escaped there.
        var escaping: Escaping
    }

    /// How a value is escaped where it is shown.
    enum Escaping: Sendable {
        /// Shown as it is: `{{{ }}}`, or a template of another content type than HTML.
        case none
        /// Escaped by ``HTMLEscaping`` (templates that declare `{{% CONTENT_TYPE: HTML }}`).
        case theme
        /// Escaped by swift-mustache's own HTML escaping (templates that declare nothing), which
        /// leaves a character alone when a combining mark follows it.
        case mustache
    }

    /// The HTML around the slots as UTF-8, one piece after another: one piece more than there
    /// are slots.
    private(set) var bytes: [UInt8] = []
    /// Where each piece ends in ``bytes``.
    private(set) var pieceEnds: [Int] = []
    private(set) var slots: [Slot] = []

    /// The HTML around the slots (tests).
    var pieces: [String] {
        pieceEnds.indices.map { index in
            String(decoding: bytes[(index == 0 ? 0 : pieceEnds[index - 1])..<pieceEnds[index]], as: UTF8.self)
        }
    }

    /// The marker a stand-in renders as. How its two ampersands come out tells how the spot is
    /// escaped: neither (raw), both (``HTMLEscaping``), or only the one without a combining
    /// accent (swift-mustache's escaping, which compares whole characters).
    static func marker(_ expression: Int) -> String {
        "\u{1}\(expression)\(probe)\u{2}"
    }

    private static let probe = "&|&\u{301}"
    private static let endings: [(bytes: [UInt8], escaping: Escaping)] = [
        (Array("&|&\u{301}\u{2}".utf8), .none),
        (Array("&amp;|&amp;\u{301}\u{2}".utf8), .theme),
        (Array("&amp;|&\u{301}\u{2}".utf8), .mustache),
    ]

    /// Splits a recorded render at its markers.
    init(recorded output: String) {
        let source = Array(output.utf8)
        bytes.reserveCapacity(source.count)
        var position = 0
        var runStart = 0
        while position < source.count {
            guard source[position] == 0x01, let (slot, end) = Self.slot(in: source, at: position) else {
                position += 1
                continue
            }
            bytes.append(contentsOf: source[runStart..<position])
            pieceEnds.append(bytes.count)
            slots.append(slot)
            position = end
            runStart = end
        }
        bytes.append(contentsOf: source[runStart...])
        pieceEnds.append(bytes.count)
    }

    /// The marker at `start`: its slot and the index after it.
    private static func slot(in bytes: [UInt8], at start: Int) -> (Slot, Int)? {
        var index = start + 1
        var number = 0
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9"), index - start < 10 {
            number = number * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard index > start + 1 else { return nil }
        for ending in endings where bytes[index...].starts(with: ending.bytes) {
            return (Slot(expression: number, escaping: ending.escaping), index + ending.bytes.count)
        }
        return nil
    }

    /// Expression numbers changed by `map` (when a recording's table joins the shared one).
    func renumbered(_ map: [Int]) -> ShapedOutput {
        var copy = self
        copy.slots = slots.map { Slot(expression: map[$0.expression], escaping: $0.escaping) }
        return copy
    }

    /// The HTML with `values` in the slots, as UTF-8.
    func html(values: inout PageValues, expressions: ShapeExpressions) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + slots.count * 32)
        bytes.withUnsafeBufferPointer { pieces in
            result.append(contentsOf: UnsafeBufferPointer(rebasing: pieces[0..<pieceEnds[0]]))
            for (index, slot) in slots.enumerated() {
                switch values.value(slot.expression, in: expressions) {
                case let .text(value)?:
                    switch slot.escaping {
                    case .none: result.append(contentsOf: value.text.utf8)
                    case .theme: HTMLEscaping.append(value.text, to: &result)
                    case .mustache: result.append(contentsOf: Self.escapeCharacters(value.text).utf8)
                    }
                case let .html(value)? where slot.escaping == .none:
                    // Shown as it is: added to the page without a string of its own.
                    value.append(to: &result)
                case let .html(value)?:
                    let text = value.renderText
                    if slot.escaping == .theme { HTMLEscaping.append(text, to: &result) } else { result.append(contentsOf: Self.escapeCharacters(text).utf8) }
                default:
                    break
                }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: pieces[pieceEnds[index]..<pieceEnds[index + 1]]))
            }
        }
        return result
    }

    /// swift-mustache's HTML escaping: whole characters equal to `& < > " '` replaced.
    private static func escapeCharacters(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
