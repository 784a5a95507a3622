import Foundation

/// A hash of everything a build reads — every file of the content and templates folders, the
/// options that change the output, and which sitegen is running — so that a rebuild can tell
/// that nothing changed without loading anything.
struct InputFingerprint {
    let layout: SiteLayout
    /// The options that change the output, and which sitegen is running, each as a word.
    let settings: [String]
    let fileSystem: any FileSystem

    /// The fingerprint, or nil when an input cannot be read (then the build runs and reports it).
    /// Files are read and hashed on all cores; their hashes are combined in a fixed order.
    func compute() -> String? {
        var hash = StableHash()
        hash.combine("sitegen build state 1")
        for setting in settings { hash.combine(setting) }
        for directory in [layout.contentDirectory, layout.templatesDirectory] {
            hash.combine(directory)
            guard let files = try? fileSystem.files(under: directory) else { return nil }
            hash.combine(UInt64(files.count))
            let fileSystem = self.fileSystem
            let digests = ParallelMap.mapNow(files) { file -> String? in
                guard let data = try? fileSystem.contents(of: Path.join(directory, file)) else { return nil }
                var one = StableHash()
                one.combine(file)
                one.combine(data)
                return one.hex
            }
            for digest in digests {
                guard let digest else { return nil }
                hash.combine(digest)
            }
        }
        return hash.hex
    }
}
