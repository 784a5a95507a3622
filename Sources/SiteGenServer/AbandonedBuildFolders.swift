import Foundation

/// The private build folders of previews that ended without cleaning up (killed, or the machine
/// stopped): each folder holds an `owner` file with its server's process id, and a folder whose
/// process no longer runs is removed when the next preview starts. A site of 10,000
/// announcements builds to some 300 MB, so they would otherwise pile up in the temporary folder.
enum AbandonedBuildFolders {
    /// The start of a build folder's name.
    static let prefix = "sitegen-serve-"
    /// The file in a build folder that names its server's process.
    static let ownerFile = "owner"

    /// Writes this process's id into `folder`'s owner file.
    static func claim(_ folder: String) {
        try? Data("\(getpid())\n".utf8).write(to: URL(fileURLWithPath: FilePaths.join(folder, ownerFile)))
    }

    /// Removes the build folders in `parent` whose owner no longer runs; returns their paths.
    /// A folder without an owner file, or whose owner runs, is left alone.
    @discardableResult
    static func remove(in parent: String, isRunning: (Int32) -> Bool = AbandonedBuildFolders.isRunning) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return [] }
        var removed: [String] = []
        for name in names.sorted() where name.hasPrefix(prefix) {
            let folder = FilePaths.join(parent, name)
            guard let data = FileManager.default.contents(atPath: FilePaths.join(folder, ownerFile)),
                  let pid = Int32(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
                  pid > 0, !isRunning(pid) else { continue }
            if (try? FileManager.default.removeItem(atPath: folder)) != nil { removed.append(folder) }
        }
        return removed
    }

    /// Whether a process with id `pid` runs (one of another user's counts as running).
    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
