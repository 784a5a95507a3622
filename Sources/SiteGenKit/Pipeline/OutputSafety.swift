import Foundation

/// Refuses output folders whose replacement would destroy something: the content or templates
/// folder, a folder that contains them, the file system's root or the home folder.
struct OutputSafety {
    let layout: SiteLayout
    let diagnostics: DiagnosticBag

    func check() -> Bool {
        let output = Self.absolute(layout.outputDirectory)
        let home = Self.absolute(FileManager.default.homeDirectoryForCurrentUser.path)
        var problem: String?
        if output == "/" || output == home {
            problem = "is the \(output == "/" ? "root" : "home") folder"
        } else {
            for (name, path) in [("content", layout.contentDirectory), ("templates", layout.templatesDirectory)] {
                let other = Self.absolute(path)
                if other == output || other.hasPrefix(output + "/") {
                    problem = other == output ? "is the \(name) folder" : "contains the \(name) folder"
                    break
                }
            }
        }
        guard let problem else { return true }
        diagnostics.error(
            at: SourceLocation(path: layout.outputDirectory),
            "the output folder \(problem); a build replaces the output folder completely",
            hint: "choose an output folder of its own, such as Output"
        )
        return false
    }

    static func absolute(_ path: String) -> String {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path)
        var result = url.standardizedFileURL.path
        while result.count > 1, result.hasSuffix("/") { result.removeLast() }
        return result
    }
}
