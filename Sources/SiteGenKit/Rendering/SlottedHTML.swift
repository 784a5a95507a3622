/// HTML rendered once with ``RouteSlots`` placeholders, split at them so that each page can
/// put in its own links with one join.
struct SlottedHTML: Sendable {
    /// What stands in a slot.
    enum Slot: Sendable {
        /// The URL of a route, with what every page that shares no folder with it needs: the
        /// route's first folder and its whole path percent-encoded.
        case route(Route, topFolder: Substring, encodedPath: String)
        /// The page's way to the top of the site.
        case root
    }

    /// The HTML around the slots: one piece more than there are slots.
    private var pieces: [String] = []
    private var slots: [Slot] = []
    /// The bytes of all pieces together.
    private var byteCount = 0

    /// Splits `html` at its placeholders; a placeholder that names no route is left as it is.
    init(_ html: String, slots registry: RouteSlots) {
        let bytes = Array(html.utf8)
        var piece: [UInt8] = []
        var position = 0
        var runStart = 0
        while position < bytes.count {
            guard bytes[position] == 0x01, let end = bytes[(position + 1)...].firstIndex(of: 0x02) else {
                position += 1
                continue
            }
            let name = bytes[(position + 1)..<end]
            var slot: Slot?
            if name.elementsEqual([UInt8(ascii: "r")]) {
                slot = .root
            } else if !name.isEmpty, name.count < 10, name.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                      let route = registry.route(name.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }) {
                slot = .route(route, topFolder: route.topFolder, encodedPath: route.percentEncodedPath)
            }
            guard let slot else {
                position += 1
                continue
            }
            piece.append(contentsOf: bytes[runStart..<position])
            pieces.append(String(decoding: piece, as: UTF8.self))
            piece.removeAll(keepingCapacity: true)
            slots.append(slot)
            position = end + 1
            runStart = position
        }
        piece.append(contentsOf: bytes[runStart...])
        pieces.append(String(decoding: piece, as: UTF8.self))
        byteCount = pieces.reduce(0) { $0 + $1.utf8.count }
    }

    /// The HTML with the links as seen from a page. Relative links need no escaping; absolute
    /// ones (the 404 page's) are HTML-escaped as a template would have escaped them.
    func html(links: Links) -> String {
        var result = ""
        result.reserveCapacity(byteCount + slots.count * 48)
        append(to: &result, links: links)
        return result
    }

    /// Adds ``html(links:)`` to the end of `result`.
    func append(to result: inout String, links: Links) {
        result += pieces[0]
        // Absolute links (and placeholders) go through `links`; relative ones are made here.
        let general = links.absoluteBase != nil || links.slots != nil
        func add(_ url: String) {
            result += links.absoluteBase == nil ? url : HTMLEscaping().escapeText(url)
        }
        for index in slots.indices {
            switch slots[index] {
            case let .route(route, topFolder, encodedPath):
                if general {
                    add(links.href(route))
                } else if topFolder.isEmpty || !topFolder.utf8.elementsEqual(links.originTopFolder.utf8) {
                    // No folder in common: the way to the top, then the whole path.
                    result += links.root
                    result += encodedPath
                } else {
                    result += route.href(from: links.origin)
                }
            case .root:
                add(links.root)
            }
            result += pieces[index + 1]
        }
    }
}
