import SiteGenKit

/// Notices changes below the site's input folders by polling: every `interval` it compares the
/// files' paths, sizes, modification times and identities (``FileSystem/stamp(of:)``), which
/// works on every file system and platform without notification APIs.
///
/// A burst of saves is one change: after the first difference it waits until the files stayed
/// the same for `quietPeriod`, then reports once.
struct SiteWatcher: Sendable {
    /// Every file's stamp, by its path.
    typealias Snapshot = [String: FileStamp]

    /// The folders watched (the content and the theme).
    let directories: [String]
    /// The file system read.
    let fileSystem: any FileSystem
    /// Time between two looks.
    let interval: Duration
    /// How long the files must stay unchanged before a change is reported.
    let quietPeriod: Duration

    /// The stamps of every file below the folders now; a folder that is missing or cannot be
    /// listed counts as empty.
    func snapshot() -> Snapshot {
        var stamps: Snapshot = [:]
        for directory in directories {
            for (file, stamp) in (try? fileSystem.stamps(under: directory)) ?? [] {
                stamps[FilePaths.join(directory, file)] = stamp
            }
        }
        return stamps
    }

    /// Looks every `interval` until cancelled, starting from `baseline`; after each settled
    /// change calls `changed` and waits for it before looking again (a change made meanwhile
    /// is noticed then, against the files as they were before the call).
    func run(from baseline: Snapshot, changed: @Sendable () async -> Void) async {
        var last = baseline
        while !Task.isCancelled {
            guard (try? await Task.sleep(for: interval)) != nil else { return }
            var current = snapshot()
            guard current != last else { continue }
            // Settle: wait until a look one quiet period later finds the files as they were.
            while !Task.isCancelled {
                guard (try? await Task.sleep(for: quietPeriod)) != nil else { return }
                let again = snapshot()
                if again == current { break }
                current = again
            }
            guard !Task.isCancelled else { return }
            last = current
            await changed()
        }
    }
}
