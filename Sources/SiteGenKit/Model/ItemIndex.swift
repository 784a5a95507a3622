/// The position of an item in one of the site's lists (``Site/announcements``, ``Site/members``,
/// …), typed by the item, so that the position of an announcement cannot index the members.
struct ItemIndex<Item>: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The position in the list.
    let position: Int

    /// The item at `position`.
    init(_ position: Int) {
        self.position = position
    }

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.position < rhs.position }

    var description: String { "#\(position)" }
}

extension Array {
    /// The item at `index`.
    subscript(index: ItemIndex<Element>) -> Element { self[index.position] }

    /// The typed index of every item, in order.
    var itemIndices: [ItemIndex<Element>] { indices.map(ItemIndex.init) }
}
