import Foundation

/// The placeholders ``CmarkConverter`` puts into a document before libcmark renders it, and the
/// one pass over the rendered bytes that takes them out again.
///
/// - A link's or image's destination becomes `U+0001`, a tag and its index, which libcmark
///   writes as `="%01<tag><index>"`; that attribute value becomes an open slot of ``MarkdownHTML``.
/// - A heading's first child is the raw inline `%01<tag><index>;`, written right after its
///   `<hN>`; the pass turns `<hN>%01<tag><index>;` into `<hN id="…">`.
///
/// The tag is chosen so that `%01<tag>` occurs nowhere in the source, so the editor's own raw
/// HTML cannot forge a placeholder; text cannot either, because libcmark escapes `"` and `<` in
/// text (so `="` and `<hN>` come only from its own tags), and placeholders must come in order.
struct MarkdownMarkers {
    /// Letters that follow `%01` in this document's placeholders.
    let tag: [UInt8]

    /// Chooses a tag that does not occur after `%01` in `source`.
    init(source: [UInt8]) {
        var tag: [UInt8] = [UInt8(ascii: "g")]
        while Self.occurs(Array("%01".utf8) + tag, in: source) { tag.append(UInt8(ascii: "g")) }
        self.tag = tag
    }

    /// The placeholder destination of link number `index`.
    func link(_ index: Int) -> String {
        "\u{1}" + String(decoding: tag, as: UTF8.self) + String(index)
    }

    /// The placeholder at the start of heading number `index`.
    func heading(_ index: Int) -> String {
        "%01" + String(decoding: tag, as: UTF8.self) + String(index) + ";"
    }

    /// Replaces the placeholders in `html`, as libcmark rendered it.
    func replace(in html: UnsafeBufferPointer<UInt8>, headings: [MarkdownHeading], linkCount: Int) -> MarkdownHTML {
        var pieceEnds: [Int] = []
        var slots: [Int] = []
        // The pieces' bytes, one after another.
        var written: [UInt8] = []
        written.reserveCapacity(html.count + headings.count * 16)
        var nextHeading = 0
        var lastLink = -1
        var runStart = 0
        var position = 0
        let count = html.count
        let tag = self.tag

        /// The index after `%01<tag>` at `start`, and where it ends.
        func placeholder(at start: Int) -> (index: Int, end: Int)? {
            var cursor = start + 3
            guard cursor + tag.count < count, html[start + 1] == UInt8(ascii: "0"), html[start + 2] == UInt8(ascii: "1") else { return nil }
            for letter in tag {
                guard html[cursor] == letter else { return nil }
                cursor += 1
            }
            let digits = cursor
            var value = 0
            while cursor < count, cursor - digits < 9, html[cursor] >= UInt8(ascii: "0"), html[cursor] <= UInt8(ascii: "9") {
                value = value * 10 + Int(html[cursor] - UInt8(ascii: "0"))
                cursor += 1
            }
            return cursor > digits && cursor < count ? (value, cursor) : nil
        }
        func flushRun(to end: Int) {
            if end > runStart { written.append(contentsOf: UnsafeBufferPointer(rebasing: html[runStart..<end])) }
        }
        func bytesEnd(with suffix: [UInt8]) -> Bool {
            written.count >= suffix.count && written[(written.count - suffix.count)...].elementsEqual(suffix)
        }

        while position < count {
            // The next `%` (placeholders start with one), found by the C library's fast search.
            guard let base = html.baseAddress, let found = memchr(base + position, Int32(UInt8(ascii: "%")), count - position) else { break }
            position = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            guard let (index, end) = placeholder(at: position) else {
                position += 1
                continue
            }
            if html[end] == UInt8(ascii: "\""), index > lastLink, index < linkCount, position >= 2,
               html[position - 1] == UInt8(ascii: "\""), html[position - 2] == UInt8(ascii: "=") {
                flushRun(to: position)
                pieceEnds.append(written.count)
                slots.append(index)
                lastLink = index
                position = end
                runStart = end
                continue
            }
            if html[end] == UInt8(ascii: ";"), index == nextHeading, nextHeading < headings.count {
                flushRun(to: position)
                let level = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: headings[index].level)
                if bytesEnd(with: [UInt8(ascii: "<"), UInt8(ascii: "h"), level, UInt8(ascii: ">")]) {
                    written.removeLast()
                    written.append(contentsOf: " id=\"".utf8)
                    written.append(contentsOf: Escaping.xml(headings[index].id).utf8)
                    written.append(contentsOf: "\">".utf8)
                    nextHeading += 1
                    position = end + 1
                    runStart = position
                    continue
                }
            }
            position += 1
        }
        flushRun(to: count)
        pieceEnds.append(written.count)
        return MarkdownHTML(bytes: written, pieceEnds: pieceEnds, slots: slots)
    }

    /// Whether `needle` occurs in `haystack`: its first byte found by the C library's fast
    /// search, the rest compared there.
    private static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            var start = 0
            let last = bytes.count - needle.count
            while start <= last, let found = memchr(base + start, Int32(first), last + 1 - start) {
                start = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if UnsafeBufferPointer(rebasing: bytes[start..<(start + needle.count)]).elementsEqual(needle) { return true }
                start += 1
            }
            return false
        }
    }
}
