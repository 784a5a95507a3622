/// A body's HTML, rendered once when its file is read, with the destinations of its links and
/// images left open until the page it appears on is known.
///
/// The HTML is kept as UTF-8 in one array (libcmark writes valid UTF-8, so it is never checked
/// again), with where each piece between the open destinations ends. Filling the destinations
/// in is one pass that joins the pieces: no search, no replacing; a page appends them to its
/// own bytes without a string in between.
struct MarkdownHTML: Sendable, Equatable {
    /// The pieces' bytes, one after another.
    private(set) var bytes: [UInt8]
    /// Where each piece ends in ``bytes``: always one piece more than there are slots.
    private(set) var pieceEnds: [Int]
    /// For each open destination, in document order, the index of its link in the
    /// document's `links`.
    private(set) var slots: [Int]

    /// HTML with no open destination.
    init(_ html: String = "") {
        bytes = Array(html.utf8)
        pieceEnds = [bytes.count]
        slots = []
    }

    /// HTML of valid UTF-8 whose pieces end at `pieceEnds` (ascending, the last at
    /// `bytes.count`), with `slots` between them; `pieceEnds.count` must be `slots.count + 1`.
    init(bytes: [UInt8], pieceEnds: [Int], slots: [Int]) {
        precondition(pieceEnds.count == slots.count + 1, "a MarkdownHTML has one piece more than slots")
        self.bytes = bytes
        self.pieceEnds = pieceEnds
        self.slots = slots
    }

    /// Whether there is no HTML at all.
    var isEmpty: Bool { slots.isEmpty && bytes.isEmpty }

    /// The HTML with each slot filled by `destination(linkIndex)`: the URL to emit, written as
    /// it should be followed (it is percent- and entity-escaped here exactly as libcmark
    /// escapes an `href`); "" leaves the attribute empty, and so does a URL whose scheme is
    /// not allowed (`javascript:` …), whatever `destination` returned.
    func html(destination: (Int) -> String) -> String {
        var output: [UInt8] = []
        append(to: &output, destination: destination)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends ``html(destination:)`` to `output` as UTF-8.
    func append(to output: inout [UInt8], destination: (Int) -> String) {
        output.reserveCapacity(output.count + bytes.count + slots.count * 32)
        bytes.withUnsafeBufferPointer { bytes in
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<pieceEnds[0]]))
            for (offset, link) in slots.enumerated() {
                let url = destination(link)
                if let scheme = URLSchemes.scheme(of: url), !URLSchemes.allowed.contains(scheme) {
                    // Never emitted, even if a caller forgot to resolve it.
                } else {
                    HrefEscaping.append(url, to: &output)
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pieceEnds[offset]..<pieceEnds[offset + 1]]))
            }
        }
    }
}
