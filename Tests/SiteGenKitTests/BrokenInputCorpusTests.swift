import Foundation
import Testing
@testable import SiteGenKit

/// Every folder under `Tests/Fixtures/broken/` is one broken input: files laid over the valid
/// site in `_base/` (and `remove.txt` naming base files to delete), with `expected.txt` holding
/// the exact diagnostics, one per line, in the order they are printed.
@Suite struct BrokenInputCorpusTests {
    static let corpus = TestSupport.fixture("broken")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()
    }

    @Test func corpusHasAtLeastFortyCases() {
        #expect(Self.cases.count >= 40)
    }

    @Test(arguments: cases)
    func brokenInputGivesItsExpectedDiagnostics(_ name: String) async throws {
        let disk = LocalFileSystem()
        let fileSystem = try TestSupport.memoryFileSystem(with: [:])
        let base = Path.join(Self.corpus, "_base")
        for file in try disk.files(under: base) {
            try fileSystem.write(try disk.contents(of: Path.join(base, file)), to: file)
        }
        let folder = Path.join(Self.corpus, name)
        var expected: [String] = []
        for file in try disk.files(under: folder) {
            let data = try disk.contents(of: Path.join(folder, file))
            switch file {
            case "expected.txt":
                expected = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
            case "remove.txt":
                for path in String(decoding: data, as: UTF8.self).split(separator: "\n") { try fileSystem.removeItem(at: String(path)) }
            default:
                try fileSystem.write(data, to: file)
            }
        }
        #expect(!expected.isEmpty, "\(name) has no expected.txt")
        let result = await BuildPipeline(options: BuildOptions(writeOutput: false), fileSystem: fileSystem).run()
        #expect(result.diagnostics.map(\.description) == expected, "\(name)")
        for diagnostic in result.diagnostics {
            #expect(diagnostic.hint != nil, "\(name): no hint for \(diagnostic)")
        }
    }
}
