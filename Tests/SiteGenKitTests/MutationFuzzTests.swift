import Foundation
import Testing
@testable import SiteGenKit

/// Random byte-level and structural mutations of a small valid site — its content and its
/// templates — never crash or hang the build; a build either succeeds or reports errors and
/// leaves the previous output as it was.
///
/// The run is deterministic (seeded); `SITEGEN_FUZZ_CASES` sets how many cases run (default 3000).
@Suite struct MutationFuzzTests {
    typealias Random = SeededRandom

    static let tokens: [String] = [
        ":", ": ", "-", "- ", "[", "]", "{", "}", "*", "&a", "*a", "!", "|", ">", "'", "\"", "%", "@", "\t", "\n", "---", "...",
        "#", "`", "\\", "\u{0}", "\u{FEFF}", "九月", "2025-02-30", "../", "../../", "javascript:", "<script>", "](", "![",
        "{{", "}}", "title:", "date:", "members: [", "slug: ../x", "\u{202E}", "😀", "\r\n",
        "{{<layout}}", "{{$content}}", "{{/content}}", "{{>partials/x}}", "{{#a}}", "{{/a}}", "{{^b}}", "{{{c}}}", "{{=<% %>=}}", "{{% CONTENT_TYPE: TEXT }}", "{{!",
    ]

    static func mutate(_ data: Data, random: inout Random) -> Data {
        var bytes = [UInt8](data)
        for _ in 0...random.below(3) {
            switch random.below(7) {
            case 0 where !bytes.isEmpty:  // flip a byte
                bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
            case 1 where !bytes.isEmpty:  // delete a range
                let start = random.below(bytes.count)
                bytes.removeSubrange(start..<min(bytes.count, start + 1 + random.below(16)))
            case 2:  // insert a token
                let token = Array(tokens[random.below(tokens.count)].utf8)
                bytes.insert(contentsOf: token, at: random.below(bytes.count + 1))
            case 3:  // duplicate a line
                var lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
                if !lines.isEmpty {
                    let index = random.below(lines.count)
                    lines.insert(lines[index], at: index)
                }
                bytes = Array(lines.joined(separator: [10]))
            case 4:  // delete a line
                var lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
                if !lines.isEmpty { lines.remove(at: random.below(lines.count)) }
                bytes = Array(lines.joined(separator: [10]))
            case 5:  // truncate
                bytes = Array(bytes.prefix(random.below(bytes.count + 1)))
            default:  // swap two lines
                var lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
                if lines.count > 1 { lines.swapAt(random.below(lines.count), random.below(lines.count)) }
                bytes = Array(lines.joined(separator: [10]))
            }
        }
        return Data(bytes)
    }

    @Test(.timeLimit(.minutes(5)))
    func mutatedContentNeverCrashesAndFailedBuildsKeepTheOutput() async throws {
        let disk = LocalFileSystem()
        let base = Path.join(TestSupport.fixture("broken"), "_base")
        var originals: [String: Data] = [:]
        for file in try disk.files(under: base) { originals[file] = try disk.contents(of: Path.join(base, file)) }
        originals["Content/initiatives/plan.md"] = Data("---\ntitle: 计划\nstatus: active\nstart: 2025\nlead: zibo-tech\ntargets:\n  - { key: a, label: 甲, value: 2, per: year }\nprogress:\n  - { year: 2025, achieved: { a: 1 } }\n---\n正文，见[关于](../pages/about.md)。\n".utf8)
        originals["Content/reports/2025.md"] = Data("---\nyear: 2025\ntitle: 报告\nmetrics:\n  - { key: a, label: 甲, value: 3 }\n---\n## 概况\n\n文字。\n".utf8)
        let fileSystem = try TestSupport.memoryFileSystem(with: [:])
        for (path, data) in originals { try fileSystem.write(data, to: path) }
        // The theme is editable input too: mutate its templates as well as the content.
        for path in fileSystem.allPaths where path.hasPrefix("Templates/") && path.hasSuffix(".mustache") {
            originals[path] = try fileSystem.contents(of: path)
        }
        let content = originals.keys.filter { $0.hasPrefix("Content/") && !$0.hasPrefix("Content/files/") }.sorted()
        let templates = originals.keys.filter { $0.hasPrefix("Templates/") }.sorted()
        let first = await BuildPipeline(fileSystem: fileSystem).run()
        #expect(first.errorCount == 0, "\(first.diagnostics)")
        let goodOutput = try outputSnapshot(fileSystem)
        #expect(goodOutput.count > 10)

        let cases = Int(ProcessInfo.processInfo.environment["SITEGEN_FUZZ_CASES"] ?? "") ?? 3000
        var random = Random(state: 20_251_123)
        var failures = 0
        for _ in 0..<cases {
            // Seven cases in ten mutate the content, three the theme.
            let pool = random.below(10) < 7 ? content : templates
            let path = pool[random.below(pool.count)]
            let original = try #require(originals[path])
            try fileSystem.write(Self.mutate(original, random: &random), to: path)
            let result = await BuildPipeline(fileSystem: fileSystem).run()
            if result.errorCount > 0 {
                failures += 1
                let after = try outputSnapshot(fileSystem)
                #expect(after == goodOutput, "a failed build changed Output/ (mutating \(path))")
                #expect(!fileSystem.allPaths.contains { $0.hasPrefix(".Output.sitegen-staging") || $0.hasPrefix(".Output.sitegen-discarded") }, "a failed build left its staging folder or a discarded output")
                for diagnostic in result.diagnostics where diagnostic.severity == .error {
                    #expect(!diagnostic.location.path.isEmpty)
                }
            } else {
                // A mutation the site survives is published; restore the good output for the next case.
                try fileSystem.removeItem(at: "Output")
                for (file, data) in goodOutput { try fileSystem.write(data, to: Path.join("Output", file)) }
            }
            try fileSystem.write(original, to: path)
        }
        #expect(failures > cases / 10, "too few mutations were caught: \(failures) of \(cases)")
    }

    private func outputSnapshot(_ fileSystem: InMemoryFileSystem) throws -> [String: Data] {
        var snapshot: [String: Data] = [:]
        for file in try fileSystem.files(under: "Output") { snapshot[file] = try fileSystem.contents(of: Path.join("Output", file)) }
        return snapshot
    }
}
