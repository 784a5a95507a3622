import Foundation
import Testing
@testable import SiteGenKit

/// The library's folders are layers, and each uses only the layers below it: a type named in a
/// folder's sources must be declared in that folder or a lower one.
@Suite struct LayeringTests {
    /// Lowest first; the README's developing section shows the same order.
    static let layers = [
        "Concurrency", "FileSystem", "Text", "Diagnostics", "Markdown", "Model", "YAML", "Alliance", "Strings",
        "Loading", "Routing", "Planning", "Kinds", "Scaffolding", "Templates", "Charts", "Rendering", "PageModels", "Writing", "Pipeline",
    ]

    @Test func everyFolderUsesOnlyTheLayersBelowIt() throws {
        let root = Path.join(TestSupport.packageRoot, "Sources/SiteGenKit")
        let files = try LocalFileSystem().files(under: root).filter { $0.hasSuffix(".swift") }
        let folders = Set(files.map { String($0.split(separator: "/")[0]) })
        #expect(folders == Set(Self.layers), "a folder is missing from the layers, or a layer has no folder")

        var sources: [(folder: String, text: String)] = []
        var declaredIn: [String: String] = [:]
        let declaration = try NSRegularExpression(pattern: #"^(?:public )?(?:final )?(?:struct|enum|class|protocol|actor) (\w+)"#, options: .anchorsMatchLines)
        for file in files {
            let folder = String(file.split(separator: "/")[0])
            let text = try String(contentsOfFile: Path.join(root, file), encoding: .utf8)
            // Comments may name any type.
            let code = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { line in line.range(of: "//").map { String(line[..<$0.lowerBound]) } ?? String(line) }
                .joined(separator: "\n")
            sources.append((folder, code))
            for match in declaration.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { declaredIn[String(text[range])] = folder }
            }
        }
        let word = try NSRegularExpression(pattern: #"\b[A-Z]\w+\b"#)
        var violations: Set<String> = []
        for (folder, code) in sources {
            let level = try #require(Self.layers.firstIndex(of: folder))
            for match in word.matches(in: code, range: NSRange(code.startIndex..., in: code)) {
                guard let range = Range(match.range, in: code) else { continue }
                let name = String(code[range])
                if let home = declaredIn[name], let homeLevel = Self.layers.firstIndex(of: home), homeLevel > level {
                    violations.insert("\(folder) uses \(name) from \(home)")
                }
            }
        }
        #expect(violations.isEmpty, "\(violations.sorted())")
    }
}
