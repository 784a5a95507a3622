import Foundation

/// What each link destination resolved to, by the folder it was written in: a destination
/// resolves the same way from every file of a folder, so the link checker and every page that
/// renders the link share one resolution.
final class LinkResolutionCache: @unchecked Sendable {
    /// A destination and the folder of the file it is written in (nil: not written in a file).
    struct Key: Hashable {
        var folder: String?
        var destination: String
    }

    private let resolutions = ConcurrentDictionary<Key, LinkResolver.Resolution>()

    /// The resolution for `key`, computing it with `resolve` the first time.
    func resolution(for key: Key, resolve: () -> LinkResolver.Resolution) -> LinkResolver.Resolution {
        resolutions.value(for: key, orMake: resolve)
    }
}
