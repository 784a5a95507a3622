import Foundation
import Testing
@testable import SiteGenKit

/// The fixture site's output, file by file, against the digests recorded in
/// `Tests/Fixtures/alliance-site.digests`: a refactoring or optimisation must not change a byte.
/// After an intended change of output, record the new digests with
/// `SITEGEN_UPDATE_GOLDEN=1 swift test --filter GoldenOutputTests` and review the diff.
@Suite struct GoldenOutputTests {
    private static var digestsPath: String { TestSupport.fixture("alliance-site.digests") }

    private static func digests(of output: String) throws -> String {
        var lines: [String] = []
        for (path, data) in try TestSupport.snapshot(output).sorted(by: { $0.key < $1.key }) {
            var hash = StableHash()
            hash.combine(data)
            lines.append("\(hash.hex)  \(path)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func theFixtureSiteIsByteForByteAsRecorded() async throws {
        let (result, output) = try await TestSupport.buildFixtureSite()
        #expect(result.errorCount == 0)
        let actual = try Self.digests(of: output)
        if ProcessInfo.processInfo.environment["SITEGEN_UPDATE_GOLDEN"] != nil {
            try actual.write(toFile: Self.digestsPath, atomically: true, encoding: .utf8)
        }
        let recorded = try String(contentsOfFile: Self.digestsPath, encoding: .utf8)
        let expectedLines = Set(recorded.split(separator: "\n"))
        let changed = actual.split(separator: "\n").filter { !expectedLines.contains($0) }.map { $0.split(separator: " ").last.map(String.init) ?? "" }
        let missing = expectedLines.subtracting(actual.split(separator: "\n")).map { $0.split(separator: " ").last.map(String.init) ?? "" }
        #expect(changed.isEmpty && missing.isEmpty, "output differs from the recorded digests in: \(Set(changed + missing).sorted()); if intended, run SITEGEN_UPDATE_GOLDEN=1 swift test --filter GoldenOutputTests")
    }
}
