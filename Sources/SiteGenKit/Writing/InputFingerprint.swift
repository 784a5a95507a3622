import Foundation

/// One number for everything a build reads — every file of the content and templates folders,
/// by its path and stamp (size, modification time in nanoseconds, inode), the options that
/// change the output, and which sitegen is running — so that a rebuild can tell that nothing
/// changed without reading a file.
///
/// The stamps are taken before the build reads anything, and the build records its state only
/// if they are still the same when it is done: a file saved meanwhile gets another stamp, so
/// the next build does not take the output for up to date. A file saved with its bytes as they
/// were (an undo, a checkout) gets a new stamp too: the next build does all the work, and still
/// writes no file whose bytes are the same.
struct InputFingerprint: Sendable {
    let layout: SiteLayout
    /// The options that change the output, and which sitegen is running, each as a word.
    let settings: [String]
    let fileSystem: any FileSystem

    /// The fingerprint of the inputs, and the stamps it was made from.
    struct Reading {
        /// The fingerprint.
        var fingerprint: String
        /// Each input file's stamp, by path.
        var stamps: [String: FileStamp]
    }

    /// The folders whose files are inputs.
    private var directories: [String] { [layout.contentDirectory, layout.templatesDirectory] }

    /// Every input file's stamp now, by path, and the fingerprint of them; nil when a folder
    /// cannot be listed (then the build runs, and records no state).
    func read() -> Reading? {
        var stamps: [String: FileStamp] = [:]
        var hash = StableHash()
        hash.combine("sitegen input stamps 1")
        for setting in settings { hash.combine(setting) }
        for directory in directories {
            guard let found = try? fileSystem.stamps(under: directory) else { return nil }
            hash.combine(directory)
            hash.combine(UInt64(found.count))
            stamps.reserveCapacity(stamps.count + found.count)
            for (file, stamp) in found {
                hash.combine(file)
                hash.combine(stamp)
                stamps[Path.join(directory, file)] = stamp
            }
        }
        return Reading(fingerprint: hash.hex, stamps: stamps)
    }

    /// The fingerprint, or nil when a folder cannot be listed.
    func compute() -> String? {
        read()?.fingerprint
    }

    /// Whether the inputs are still those of `reading`: the same files with the same stamps
    /// (compared as the folders are walked, without a fingerprint).
    func isUnchanged(since reading: Reading) -> Bool {
        var count = 0
        for directory in directories {
            guard let found = try? fileSystem.stamps(under: directory) else { return false }
            count += found.count
            for (file, stamp) in found where reading.stamps[Path.join(directory, file)] != stamp { return false }
        }
        return count == reading.stamps.count
    }
}
