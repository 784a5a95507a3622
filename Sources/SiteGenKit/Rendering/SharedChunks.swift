import Foundation

/// HTML that many pages share, rendered once: the theme's header and footer for each state of
/// the navigation, and each announcement's list item.
///
/// A chunk is its partial rendered with only the values it is documented to see (see the
/// README's theme section) and with placeholders for links (``RouteSlots``); each page then
/// fills in its own relative links.
final class SharedChunks: @unchecked Sendable {
    /// What a chunk is.
    struct Key: Hashable {
        /// The partial rendered.
        var partial: String
        /// The announcement of an item, or -1.
        var index: Int = -1
        /// Whatever else the chunk depends on (the navigation's current entry).
        var variant: String = ""
    }

    /// The theme's header partial.
    static let header = "partials/header"
    /// The theme's footer partial.
    static let footer = "partials/footer"
    /// The theme's partial for one announcement in a list.
    static let announcementItem = "partials/announcement-item"

    /// The placeholders chunks link with.
    let slots = RouteSlots()
    private let templates: any TemplateRenderer
    private let available: Set<String>
    private let chunks = ConcurrentDictionary<Key, SlottedHTML>()
    /// Announcement items by position: looked up for every item of every list, without hashing.
    private let items: ItemStore
    /// Items kept from a session's earlier builds, and the key of each announcement's item in
    /// them, by position (empty: none are kept).
    private let memory: ChunkMemory?
    private let itemKeys: [UInt64]

    /// Prepares chunks rendered with `templates` for a site of `announcementCount`
    /// announcements; their items are taken from and kept in `memory` under `itemKeys` (one per
    /// announcement, by position) when given.
    init(templates: any TemplateRenderer, announcementCount: Int = 0, memory: ChunkMemory? = nil, itemKeys: [UInt64] = []) {
        self.templates = templates
        self.memory = memory
        self.itemKeys = itemKeys
        items = ItemStore(count: announcementCount)
        available = Set([Self.header, Self.footer, Self.announcementItem].filter(templates.hasTemplate(named:)))
    }

    /// Links that put placeholders where URLs go, for the values a chunk is rendered with.
    var placeholderLinks: Links { Links(origin: .home, absoluteBase: nil, slots: slots) }

    /// A value that shows the chunk for `key`, with links as seen through `links`, when a
    /// template emits it; `false` when the theme has no such partial. `context` gives the
    /// chunk's values (made with ``placeholderLinks``) the first time it is needed.
    func value(_ key: Key, links: Links, context: @escaping () -> Any) -> Any {
        guard available.contains(key.partial) else { return false }
        return LazyHTML({ [self] in chunk(key, context: context).html(links: links) }, append: { [self] output in
            chunk(key, context: context).append(to: &output, links: links)
        })
    }

    /// Whether the theme has the partial `partial`.
    func has(_ partial: String) -> Bool {
        available.contains(partial)
    }

    /// The list item of the announcement at `position` (``announcementItem``, which the theme
    /// must have: see ``has(_:)``); `context` gives its values the first time it is needed.
    func item(_ position: Int, context: () -> Any) -> SlottedHTML {
        items[position] ?? chunk(Key(partial: Self.announcementItem, index: position), context: context)
    }

    private func chunk(_ key: Key, context: () -> Any) -> SlottedHTML {
        // An announcement's item is kept by its position, any other chunk by its key.
        let position = key.partial == Self.announcementItem && items.holds(key.index) ? key.index : nil
        if let position, let stored = items[position] { return stored }
        if position == nil, let cached = chunks[key] { return cached }
        let memoryKey = key.partial == Self.announcementItem && itemKeys.indices.contains(key.index) ? itemKeys[key.index] : nil
        let chunk: SlottedHTML
        if let memoryKey, let kept = memory?.chunk(for: memoryKey) {
            chunk = kept
        } else {
            // A partial that cannot be rendered gives "": the page itself reports template errors.
            let rendered = try? templates.render(template: key.partial, context: context())
            chunk = SlottedHTML(rendered ?? "", slots: slots)
            if let memoryKey, rendered != nil { memory?.keep(chunk, for: memoryKey) }
        }
        if let position { items[position] = chunk } else { chunks[key] = chunk }
        return chunk
    }

    /// Chunks by announcement position, behind one lock.
    private final class ItemStore: @unchecked Sendable {
        private let lock = NSLock()
        private var chunks: [SlottedHTML?]

        private let count: Int

        init(count: Int) {
            self.count = count
            chunks = Array(repeating: nil, count: count)
        }

        /// Whether there is a place for the chunk at `position`.
        func holds(_ position: Int) -> Bool { position >= 0 && position < count }

        /// The chunk at `position`; nil when none is stored or there is no such position.
        subscript(position: Int) -> SlottedHTML? {
            get {
                lock.lock()
                defer { lock.unlock() }
                return holds(position) ? chunks[position] : nil
            }
            set {
                lock.lock()
                if holds(position) { chunks[position] = newValue }
                lock.unlock()
            }
        }
    }
}
