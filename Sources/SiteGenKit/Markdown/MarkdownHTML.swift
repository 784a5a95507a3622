/// A body's HTML, rendered once when its file is read, with the destinations of its links and
/// images left open until the page it appears on is known.
///
/// Filling the destinations in is one pass that joins the pieces: no search, no replacing.
struct MarkdownHTML: Sendable, Equatable {
    /// The HTML around the open destinations: always one piece more than there are slots.
    private(set) var pieces: [String]
    /// For each open destination, in document order, the index of its link in the
    /// document's `links`.
    private(set) var slots: [Int]

    /// HTML with no open destination.
    init(_ html: String = "") {
        pieces = [html]
        slots = []
    }

    /// HTML whose `slots` fall between `pieces`; `pieces.count` must be `slots.count + 1`.
    init(pieces: [String], slots: [Int]) {
        precondition(pieces.count == slots.count + 1, "a MarkdownHTML has one piece more than slots")
        self.pieces = pieces
        self.slots = slots
    }

    /// Whether there is no HTML at all.
    var isEmpty: Bool { slots.isEmpty && pieces.allSatisfy(\.isEmpty) }

    /// The HTML with each slot filled by `destination(linkIndex)`: the URL to emit, written as
    /// it should be followed (it is percent- and entity-escaped here exactly as libcmark
    /// escapes an `href`); "" leaves the attribute empty, and so does a URL whose scheme is
    /// not allowed (`javascript:` …), whatever `destination` returned.
    func html(destination: (Int) -> String) -> String {
        guard !slots.isEmpty else { return pieces[0] }
        var result = pieces[0]
        for (offset, link) in slots.enumerated() {
            let url = destination(link)
            if let scheme = URLSchemes.scheme(of: url), !URLSchemes.allowed.contains(scheme) {
                // Never emitted, even if a caller forgot to resolve it.
            } else {
                HrefEscaping.append(url, to: &result)
            }
            result += pieces[offset + 1]
        }
        return result
    }
}
