import Foundation

/// What the last successful build recorded beside its output: the fingerprint of its inputs,
/// the stamp of every file it left in the output folder, and what it reported. When the inputs
/// and the output are still exactly so, a rebuild has nothing to do.
///
/// The file is plain text, one line per output file, so that tens of thousands of files are
/// written and read in a blink; anything it cannot read means a full build.
struct BuildState: Equatable {
    /// ``InputFingerprint`` of the build's inputs.
    var fingerprint: String
    /// Every file of the output folder, by path below it.
    var output: [String: FileStamp]
    /// The build's counts.
    var pagesWritten: Int
    var filesCopied: Int
    /// The warnings the build reported, reported again by a rebuild that skips the work.
    var warnings: [Diagnostic]
    /// When the site changes by itself (a scheduled announcement comes out, a notice expires),
    /// in seconds since 1970: from then on the output is out of date even if no input changed.
    var validUntil: Int64? = nil

    private static let header = "sitegen build state 3"

    /// Whether the output is still current at `now`.
    func isCurrent(at now: Date) -> Bool {
        validUntil.map { Int64(now.timeIntervalSince1970) < $0 } ?? true
    }

    /// The state recorded at `path`, or nil if there is none or it cannot be read, or, when
    /// `fingerprint` is given, if it records another (found before the rest is read: a build
    /// whose inputs changed reads two lines of tens of thousands).
    static func load(from path: String, fingerprint: String? = nil, fileSystem: any FileSystem) -> BuildState? {
        guard let data = try? fileSystem.contents(of: path) else { return nil }
        if let fingerprint {
            let head = data.prefix(header.utf8.count + fingerprint.utf8.count + 2)
            guard head.elementsEqual((header + "\n" + fingerprint + "\n").utf8) else { return nil }
        }
        // Split as an array of bytes: `Data`'s own slices cost ten times as much.
        let lines = [UInt8](data).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count >= 6, String(decoding: lines[0], as: UTF8.self) == header,
              let pages = Int(String(decoding: lines[2], as: UTF8.self)),
              let files = Int(String(decoding: lines[3], as: UTF8.self)),
              let warnings = try? JSONDecoder().decode([Diagnostic].self, from: Data(lines[5])) else { return nil }
        let validUntilText = String(decoding: lines[4], as: UTF8.self)
        let validUntil = Int64(validUntilText)
        guard validUntil != nil || validUntilText == "-" else { return nil }
        var output: [String: FileStamp] = [:]
        output.reserveCapacity(lines.count)
        for line in lines.dropFirst(6) where !line.isEmpty {
            let fields = line.split(separator: UInt8(ascii: "\t"), maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count == 4, let size = Int(String(decoding: fields[0], as: UTF8.self)),
                  let modified = Int64(String(decoding: fields[1], as: UTF8.self)),
                  let identity = UInt64(String(decoding: fields[2], as: UTF8.self)) else { return nil }
            output[String(decoding: fields[3], as: UTF8.self)] = FileStamp(size: size, modified: modified, identity: identity)
        }
        return BuildState(
            fingerprint: String(decoding: lines[1], as: UTF8.self), output: output, pagesWritten: pages, filesCopied: files, warnings: warnings,
            validUntil: validUntil
        )
    }

    /// Records this state at `path`.
    func save(to path: String, fileSystem: any FileSystem) throws {
        var text = Self.header + "\n" + fingerprint + "\n\(pagesWritten)\n\(filesCopied)\n" + (validUntil.map(String.init) ?? "-") + "\n"
        text += String(decoding: try JSONEncoder().encode(warnings), as: UTF8.self) + "\n"
        for (file, stamp) in output.sorted(by: { $0.key < $1.key }) {
            text += "\(stamp.size)\t\(stamp.modified)\t\(stamp.identity)\t\(file)\n"
        }
        try fileSystem.write(Data(text.utf8), to: path)
    }

    /// The stamps of every file below `directory`, or nil if it cannot be listed.
    static func stamps(under directory: String, fileSystem: any FileSystem) -> [String: FileStamp]? {
        guard fileSystem.itemKind(at: directory) == .directory, let found = try? fileSystem.stamps(under: directory) else { return nil }
        var stamps: [String: FileStamp] = [:]
        stamps.reserveCapacity(found.count)
        for (file, stamp) in found { stamps[file] = stamp }
        return stamps
    }

    /// The stamps of `files` below `directory` (all the files it holds, known without listing
    /// it): those `known` gives (taken as they were written), the others looked at on all
    /// cores; nil if one cannot be found.
    static func stamps(
        of files: [String], under directory: String, known: @Sendable (String) -> FileStamp? = { _ in nil }, fileSystem: any FileSystem
    ) -> [String: FileStamp]? {
        let found = ParallelMap.mapNow(files) { known($0) ?? fileSystem.stamp(of: Path.join(directory, $0)) }
        var stamps: [String: FileStamp] = [:]
        stamps.reserveCapacity(files.count)
        for (file, stamp) in zip(files, found) {
            guard let stamp else { return nil }
            stamps[file] = stamp
        }
        return stamps
    }

    /// Whether the output folder still holds exactly the files this state recorded, untouched.
    func outputIsIntact(_ directory: String, fileSystem: any FileSystem) -> Bool {
        BuildState.stamps(under: directory, fileSystem: fileSystem) == output
    }
}
