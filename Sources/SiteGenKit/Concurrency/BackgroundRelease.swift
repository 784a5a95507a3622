import Foundation

/// Frees values on another thread. A built site's model, its pages' shared chunks and the
/// theme's shapes are hundreds of thousands of small objects; freeing them one by one takes a
/// tenth of a second at 10,000 announcements, which the end of a build need not wait for.
enum BackgroundRelease {
    /// Takes `values` (pass the last references, with `consume`) and lets them go on a
    /// background thread; a process that exits meanwhile does not wait for it. The array is
    /// taken, not borrowed: a caller holding it until the call returns could otherwise be the
    /// last to let it go when the background thread is quicker, and free it all itself.
    static func release(_ values: consuming [Any]) {
        let box = Box(consume values)
        DispatchQueue.global(qos: .utility).async { box.empty() }
    }

    private final class Box: @unchecked Sendable {
        private var values: [Any]

        init(_ values: [Any]) {
            self.values = values
        }

        func empty() {
            values = []
        }
    }
}
