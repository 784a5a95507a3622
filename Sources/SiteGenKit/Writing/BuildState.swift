import Foundation

/// What the last successful build recorded beside its output: the fingerprint of its inputs,
/// the stamp of every file it left in the output folder, and what it reported. When the inputs
/// and the output are still exactly so, a rebuild has nothing to do.
struct BuildState: Codable {
    /// ``InputFingerprint`` of the build's inputs.
    var fingerprint: String
    /// Every file of the output folder, by path below it.
    var output: [String: FileStamp]
    /// The build's counts.
    var pagesWritten: Int
    var filesCopied: Int
    /// The warnings the build reported, reported again by a rebuild that skips the work.
    var warnings: [Diagnostic]

    /// The state recorded at `path`, or nil if there is none or it cannot be read.
    static func load(from path: String, fileSystem: any FileSystem) -> BuildState? {
        guard let data = try? fileSystem.contents(of: path) else { return nil }
        return try? JSONDecoder().decode(BuildState.self, from: data)
    }

    /// Records this state at `path`.
    func save(to path: String, fileSystem: any FileSystem) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try fileSystem.write(try encoder.encode(self), to: path)
    }

    /// The stamps of every file below `directory`, or nil if it cannot be listed.
    static func stamps(under directory: String, fileSystem: any FileSystem) -> [String: FileStamp]? {
        guard fileSystem.itemKind(at: directory) == .directory, let files = try? fileSystem.files(under: directory) else { return nil }
        var stamps: [String: FileStamp] = [:]
        for file in files {
            guard let stamp = fileSystem.stamp(of: Path.join(directory, file)) else { return nil }
            stamps[file] = stamp
        }
        return stamps
    }

    /// Whether the output folder still holds exactly the files this state recorded, untouched.
    func outputIsIntact(_ directory: String, fileSystem: any FileSystem) -> Bool {
        BuildState.stamps(under: directory, fileSystem: fileSystem) == output
    }
}
