import SiteGenKit

/// The stamp (size, time, identity) of every file below a folder, to count what a build wrote.
enum OutputStamps {
    /// Stamps by path below `directory`; empty when it does not exist.
    static func of(_ directory: String) -> [String: FileStamp] {
        let disk = LocalFileSystem()
        var stamps: [String: FileStamp] = [:]
        for file in (try? disk.files(under: directory)) ?? [] {
            stamps[file] = disk.stamp(of: directory + "/" + file)
        }
        return stamps
    }
}
