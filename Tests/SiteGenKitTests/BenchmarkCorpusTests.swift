import Foundation
import Testing
@testable import SiteGenKit
@testable import sitegen_benchmark

/// The benchmark's corpus is the same for the same seed, and a site sitegen builds cleanly.
@Suite struct BenchmarkCorpusTests {
    private func write(_ corpus: AllianceCorpus) throws -> String {
        let root = try TestSupport.temporaryDirectory()
        try CorpusWriter(corpus: corpus).writeSitegenSite(at: root)
        return root
    }

    @Test func theSameSeedGivesTheSameSite() throws {
        let first = try TestSupport.snapshot(write(AllianceCorpus(announcements: 120, seed: 7)))
        let second = try TestSupport.snapshot(write(AllianceCorpus(announcements: 120, seed: 7)))
        let other = try TestSupport.snapshot(write(AllianceCorpus(announcements: 120, seed: 8)))
        #expect(first == second)
        #expect(first != other)
        #expect(first.keys.filter { $0.hasPrefix("Content/announcements/") }.count == 120)
    }

    @Test func theCorpusIsShapedLikeAnAlliance() throws {
        let corpus = AllianceCorpus(announcements: 400, seed: 20_251_125)
        #expect(corpus.members.count == 300)
        #expect(Set(corpus.members.map(\.name)).count == 300)
        let names = corpus.members.map(\.name)
        #expect(names.contains { name in names.contains { $0 != name && $0.contains(name) } }, "some names lie inside others")
        let sizes = corpus.announcements.map(\.body.utf8.count)
        #expect(sizes.allSatisfy { (2_000...9_000).contains($0) })
        #expect(Set(corpus.announcements.flatMap(\.tags)).count > 15)
        let named = corpus.announcements.filter { announcement in announcement.mentioned.contains { id in
            corpus.members.first { $0.id == id }.map { announcement.body.contains($0.name) } == true
        } }
        #expect(named.count == corpus.announcements.count, "every announcement names a member in full")
    }

    @Test func sitegenBuildsItWithoutAProblem() async throws {
        let root = try write(AllianceCorpus(announcements: 300, seed: 20_251_125))
        let layout = SiteLayout(contentDirectory: Path.join(root, "Content"), templatesDirectory: TestSupport.templatesDirectory, outputDirectory: Path.join(root, "Output"))
        let result = await BuildPipeline(layout: layout, options: BuildOptions(writeOutput: false)).run()
        #expect(result.errorCount == 0, "\(result.diagnostics.prefix(5))")
        #expect(result.warningCount == 0, "\(result.diagnostics.prefix(5))")
        #expect(result.pagesWritten > 300)
    }
}
