import Foundation
import SiteGenKit

/// Where a benchmark moves old output instead of deleting it: deleting many files just before
/// creating many is slow on these machines. The folder is removed when the run ends.
final class AsideFolder {
    /// The folder the moved items go into, each under a number of its own.
    let path: String
    private var moved = 0

    init(path: String) {
        self.path = path
    }

    /// A new name inside the folder, for something to be put there (a copy, a moved item).
    func nextName() throws -> String {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        moved += 1
        return path + "/\(moved)"
    }

    /// Moves `item` into the folder, if it exists.
    func moveAside(_ item: String) throws {
        guard FileManager.default.fileExists(atPath: item) else { return }
        try FileManager.default.moveItem(atPath: item, toPath: try nextName())
    }

    /// Moves the output folder at `output` and every folder a build keeps beside it (the state,
    /// the previous output, …) into the folder: the next build is cold. With the previous output
    /// left beside, sitegen would take it back as the last good output and link its files.
    func clearOutput(_ output: String) throws {
        try moveAside(output)
        for side in SiteLayout.OutputSide.allCases { try moveAside(SiteLayout.path(of: side, besideOutput: output)) }
    }
}
