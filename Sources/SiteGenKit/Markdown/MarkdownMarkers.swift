/// The placeholders ``CmarkConverter`` puts into a document before libcmark renders it, and the
/// one pass over the rendered bytes that takes them out again.
///
/// - A link's or image's destination becomes `U+0001` and its index, which libcmark writes as
///   `="%01<index>"`; the attribute's value becomes an open slot of ``MarkdownHTML``.
/// - A heading starts with `U+0001<index>U+0001`, written right after its `<hN>`; the pass
///   turns it into `<hN id="…">`.
///
/// Body text cannot forge either: libcmark escapes `"` and `<` in text, so `="` and `<hN>`
/// come only from libcmark's own tags, and markers must appear in increasing order. (With
/// `raw_html: true` an editor's own HTML is trusted as written anyway.)
enum MarkdownMarkers {
    private static let markerByte: UInt8 = 0x01

    /// The placeholder destination of link number `index`.
    static func link(_ index: Int) -> String {
        "\u{1}\(index)"
    }

    /// The placeholder at the start of heading number `index`.
    static func heading(_ index: Int) -> String {
        "\u{1}\(index)\u{1}"
    }

    /// Replaces the placeholders in `html`, as libcmark rendered it.
    static func replace(in html: UnsafeBufferPointer<UInt8>, headings: [MarkdownHeading], linkCount: Int) -> MarkdownHTML {
        var pieces: [String] = []
        var slots: [Int] = []
        var piece: [UInt8] = []
        piece.reserveCapacity(html.count + headings.count * 16)
        var nextHeading = 0
        var lastLink = -1
        var runStart = 0
        var position = 0
        let count = html.count

        func number(from start: Int) -> (value: Int, end: Int)? {
            var end = start
            var value = 0
            while end < count, end - start < 9, html[end] >= UInt8(ascii: "0"), html[end] <= UInt8(ascii: "9") {
                value = value * 10 + Int(html[end] - UInt8(ascii: "0"))
                end += 1
            }
            return end > start ? (value, end) : nil
        }
        func flushRun(to end: Int) {
            if end > runStart { piece.append(contentsOf: UnsafeBufferPointer(rebasing: html[runStart..<end])) }
        }

        while position < count {
            let byte = html[position]
            if byte == UInt8(ascii: "%"), position + 2 < count, html[position + 1] == UInt8(ascii: "0"), html[position + 2] == UInt8(ascii: "1"),
               position >= 2, html[position - 1] == UInt8(ascii: "\""), html[position - 2] == UInt8(ascii: "="),
               let (index, end) = number(from: position + 3), end < count, html[end] == UInt8(ascii: "\""),
               index > lastLink, index < linkCount {
                flushRun(to: position)
                pieces.append(String(decoding: piece, as: UTF8.self))
                piece.removeAll(keepingCapacity: true)
                slots.append(index)
                lastLink = index
                position = end
                runStart = end
                continue
            }
            if byte == markerByte, nextHeading < headings.count,
               let (index, end) = number(from: position + 1), end < count, html[end] == markerByte, index == nextHeading {
                flushRun(to: position)
                let level = headings[index].level
                let opening: [UInt8] = [UInt8(ascii: "<"), UInt8(ascii: "h"), UInt8(ascii: "0") + UInt8(truncatingIfNeeded: level), UInt8(ascii: ">")]
                if piece.count >= 4, Array(piece[(piece.count - 4)...]) == opening {
                    piece.removeLast()
                    piece.append(contentsOf: " id=\"".utf8)
                    piece.append(contentsOf: Escaping.xml(headings[index].id).utf8)
                    piece.append(contentsOf: "\">".utf8)
                }
                nextHeading += 1
                position = end + 1
                runStart = position
                continue
            }
            position += 1
        }
        flushRun(to: count)
        pieces.append(String(decoding: piece, as: UTF8.self))
        return MarkdownHTML(pieces: pieces, slots: slots)
    }
}
