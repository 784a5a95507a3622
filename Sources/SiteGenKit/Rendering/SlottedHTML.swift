/// HTML rendered once with ``RouteSlots`` placeholders, split at them so that each page can
/// put in its own links with one join.
///
/// The pieces are kept as UTF-8 in one array, and so is what every slot needs to fill itself
/// in, so that joining copies bytes and touches no reference-counted value per slot. A class:
/// pages take their items' chunks from a shared store, one reference each.
final class SlottedHTML: Sendable {
    /// What stands in a slot.
    private enum SlotKind: UInt8, Sendable {
        /// The URL of a route (``routes`` has it at the slot's place among route slots).
        case route
        /// The page's way to the top of the site.
        case root
    }

    /// A slot and where its bytes are.
    private struct Slot: Sendable {
        var kind: SlotKind
        /// The route's index in ``routes`` (route slots only).
        var route: Int32
        /// The route's first folder in ``bytes`` (route slots only).
        var topFolderStart: Int32
        var topFolderEnd: Int32
        /// The route's whole path percent-encoded, in ``bytes`` (route slots only).
        var encodedPathEnd: Int32
        /// The end of the piece after the slot, in ``bytes`` (it starts after the encoded path).
        var pieceEnd: Int32
    }

    /// The first piece, then for each slot its route's first folder and encoded path (when it
    /// has a route) and the piece after it.
    private let bytes: [UInt8]
    /// Where the first piece ends.
    private let firstPieceEnd: Int
    private let slots: [Slot]
    private let routes: [Route]
    /// The bytes of all pieces together.
    private let byteCount: Int

    /// Splits `html` at its placeholders; a placeholder that names no route is left as it is.
    init(_ html: String, slots registry: RouteSlots) {
        let source = Array(html.utf8)
        var bytes: [UInt8] = []
        var firstPieceEnd = 0
        var slots: [Slot] = []
        var routes: [Route] = []
        bytes.reserveCapacity(source.count)
        var position = 0
        var runStart = 0
        var pending: Slot?
        func closePiece(at end: Int) {
            bytes.append(contentsOf: source[runStart..<end])
            if var slot = pending {
                slot.pieceEnd = Int32(bytes.count)
                slots.append(slot)
            } else {
                firstPieceEnd = bytes.count
            }
        }
        while position < source.count {
            guard source[position] == 0x01, let end = source[(position + 1)...].firstIndex(of: 0x02) else {
                position += 1
                continue
            }
            let name = source[(position + 1)..<end]
            var slot: Slot?
            if name.elementsEqual([UInt8(ascii: "r")]) {
                slot = Slot(kind: .root, route: -1, topFolderStart: 0, topFolderEnd: 0, encodedPathEnd: 0, pieceEnd: 0)
            } else if !name.isEmpty, name.count < 10, name.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                      let route = registry.route(name.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }) {
                slot = Slot(kind: .route, route: Int32(routes.count), topFolderStart: 0, topFolderEnd: 0, encodedPathEnd: 0, pieceEnd: 0)
                routes.append(route)
            }
            guard var slot else {
                position += 1
                continue
            }
            closePiece(at: position)
            if slot.kind == .route {
                let route = routes[routes.count - 1]
                slot.topFolderStart = Int32(bytes.count)
                bytes.append(contentsOf: route.topFolder.utf8)
                slot.topFolderEnd = Int32(bytes.count)
                bytes.append(contentsOf: route.percentEncodedPath.utf8)
                slot.encodedPathEnd = Int32(bytes.count)
            } else {
                slot.topFolderStart = Int32(bytes.count)
                slot.topFolderEnd = Int32(bytes.count)
                slot.encodedPathEnd = Int32(bytes.count)
            }
            pending = slot
            position = end + 1
            runStart = position
        }
        closePiece(at: source.count)
        self.bytes = bytes
        self.firstPieceEnd = firstPieceEnd
        self.slots = slots
        self.routes = routes
        byteCount = firstPieceEnd + slots.reduce(0) { $0 + Int($1.pieceEnd - $1.encodedPathEnd) }
    }

    /// The HTML with the links as seen from a page. Relative links need no escaping; absolute
    /// ones (the 404 page's) are HTML-escaped as a template would have escaped them.
    func html(links: Links) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(byteCount + slots.count * 48)
        append(to: &result, links: links)
        return String(decoding: result, as: UTF8.self)
    }

    /// Adds ``html(links:)`` to the end of `result`, as UTF-8.
    func append(to result: inout [UInt8], links: Links) {
        // Absolute links (and placeholders) go through `links`; relative ones are made here.
        let general = links.absoluteBase != nil || links.slots != nil
        let escapes = links.absoluteBase != nil
        var originTopFolder = links.originTopFolder
        bytes.withUnsafeBufferPointer { all in
            originTopFolder.withUTF8 { originTop in
                links.originEncodedPath.withUnsafeBufferPointer { originPath in
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: all[0..<firstPieceEnd]))
                    for slot in slots {
                        switch slot.kind {
                        case .route where general:
                            let url = links.href(routes[Int(slot.route)])
                            if escapes { HTMLEscaping.append(url, to: &result) } else { result.append(contentsOf: url.utf8) }
                        case .route:
                            let topFolder = UnsafeBufferPointer(rebasing: all[Int(slot.topFolderStart)..<Int(slot.topFolderEnd)])
                            let path = UnsafeBufferPointer(rebasing: all[Int(slot.topFolderEnd)..<Int(slot.encodedPathEnd)])
                            if topFolder.isEmpty || !topFolder.elementsEqual(originTop) {
                                // No folder in common: the way to the top, then the whole path.
                                result.append(contentsOf: links.root.utf8)
                                result.append(contentsOf: path)
                            } else {
                                Route.appendHref(fromEncoded: originPath, toEncoded: path, to: &result)
                            }
                        case .root:
                            if escapes { HTMLEscaping.append(links.root, to: &result) } else { result.append(contentsOf: links.root.utf8) }
                        }
                        result.append(contentsOf: UnsafeBufferPointer(rebasing: all[Int(slot.encodedPathEnd)..<Int(slot.pieceEnd)]))
                    }
                }
            }
        }
    }
}
