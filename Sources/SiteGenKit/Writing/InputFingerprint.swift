import Foundation

/// A hash of everything a build reads — every file of the content and templates folders, the
/// options that change the output, and which sitegen is running — so that a rebuild can tell
/// that nothing changed without loading anything.
struct InputFingerprint {
    let layout: SiteLayout
    /// The options that change the output, and which sitegen is running, each as a word.
    let settings: [String]
    let fileSystem: any FileSystem

    /// The fingerprint of the inputs and the stamps of the files it read.
    struct Reading {
        /// The fingerprint.
        var fingerprint: String
        /// Each input file's stamp, taken before it was read.
        var stamps: [String: FileStamp]
        /// The bytes read of the content files that loading reads (Markdown and YAML), by
        /// path, when asked for.
        var contents: [String: Data] = [:]
    }

    /// The fingerprint, or nil when an input cannot be read (then the build runs and reports it).
    func compute() -> String? {
        read()?.fingerprint
    }

    /// The fingerprint with the stamps of the files read, or nil when an input cannot be read.
    /// Files are read and hashed on all cores; their hashes are combined in a fixed order. With
    /// `keepingContents`, the bytes of the content folder's Markdown and YAML files are kept
    /// for loading to take (see ``PrefetchedFileSystem``).
    func read(keepingContents: Bool = false) -> Reading? {
        var hash = StableHash()
        hash.combine("sitegen build state 1")
        for setting in settings { hash.combine(setting) }
        var stamps: [String: FileStamp] = [:]
        var contents: [String: Data] = [:]
        for directory in [layout.contentDirectory, layout.templatesDirectory] {
            hash.combine(directory)
            guard let files = try? fileSystem.files(under: directory) else { return nil }
            hash.combine(UInt64(files.count))
            let fileSystem = self.fileSystem
            let keep = keepingContents && directory == layout.contentDirectory
            let readingAhead = fileSystem.readingAhead(files.map { Path.join(directory, $0) })
            defer { readingAhead.wait() }
            let digests = ParallelMap.mapNow(files) { file -> (digest: String, stamp: FileStamp, kept: Data?)? in
                let path = Path.join(directory, file)
                // The stamp first: a save after it gives the file another stamp.
                guard let stamp = fileSystem.stamp(of: path), let data = try? fileSystem.contents(of: path) else { return nil }
                var one = StableHash()
                one.combine(file)
                one.combine(data)
                return (one.hex, stamp, keep && Self.isLoaded(file) ? data : nil)
            }
            for (file, digest) in zip(files, digests) {
                guard let digest else { return nil }
                hash.combine(digest.digest)
                let path = Path.join(directory, file)
                stamps[path] = digest.stamp
                if let kept = digest.kept { contents[path] = kept }
            }
        }
        return Reading(fingerprint: hash.hex, stamps: stamps, contents: contents)
    }

    /// Whether loading reads the file (downloads below `files/` are copied, not read).
    private static func isLoaded(_ file: String) -> Bool {
        switch Path.fileExtension(file) {
        case "md", "yaml", "yml": true
        default: false
        }
    }

    /// Whether the inputs are still those of `reading`: the same files with the same stamps
    /// (size, modification time in nanoseconds, inode), found without reading them again.
    func isUnchanged(since reading: Reading) -> Bool {
        var count = 0
        for directory in [layout.contentDirectory, layout.templatesDirectory] {
            guard let stamps = try? fileSystem.stamps(under: directory) else { return false }
            count += stamps.count
            for (file, stamp) in stamps where reading.stamps[Path.join(directory, file)] != stamp { return false }
        }
        return count == reading.stamps.count
    }
}
