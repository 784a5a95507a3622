import ArgumentParser
import Foundation
import SiteGenKit

/// Builds a generated site of many announcements and reports how long each step took.
///
/// Run it in release mode: `swift run -c release sitegen-benchmark --pages 10000`.
@main
struct SitegenBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen-benchmark",
        abstract: "Time a build of a generated site (use -c release)."
    )

    @Option(help: "How many announcements to generate.")
    var pages = 10_000

    @Option(help: "How many times to build; the best run is reported.")
    var runs = 3

    @Flag(help: "Render everything but write nothing (measures the work without the disk).")
    var noWrite = false

    @Option(help: "Where to generate the site (default: a new temporary folder, removed afterwards).")
    var directory: String?

    func run() async throws {
        let root = directory ?? NSTemporaryDirectory() + "sitegen-benchmark-" + UUID().uuidString
        let generator = BenchmarkSiteGenerator(root: root, announcements: pages)
        try generator.generate()
        defer { if directory == nil { try? FileManager.default.removeItem(atPath: root) } }

        let templates = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Templates").path
        let layout = SiteLayout(
            contentDirectory: root + "/Content",
            templatesDirectory: templates,
            outputDirectory: root + "/Output"
        )
        print("Site: \(pages) announcements in \(root)")
        var best: BuildResult?
        for run in 1...max(1, runs) {
            let result = await BuildPipeline(layout: layout, options: BuildOptions(writeOutput: !noWrite)).run()
            guard result.errorCount == 0 else {
                for diagnostic in result.diagnostics.prefix(10) { print(diagnostic) }
                throw ExitCode.failure
            }
            print(String(format: "run %d: %.3f s, %d pages, %d files", run, result.seconds, result.pagesWritten, result.filesCopied))
            if result.seconds < (best?.seconds ?? .infinity) { best = result }
        }
        guard let best else { return }
        print("best run, by step:")
        for (step, seconds) in best.stepTimes {
            print("  " + step.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: "%8.3f s", seconds))
        }
        print(String(format: "total %.3f s — %.0f pages/s", best.seconds, Double(best.pagesWritten) / best.seconds))
    }
}
