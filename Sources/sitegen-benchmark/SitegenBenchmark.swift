import ArgumentParser
// Linked, as by `sitegen`, for mimalloc to serve malloc and free (see AllocatorTuning).
import CMimalloc
import Foundation
import SiteGenKit

/// Builds a generated alliance site and reports how long it took: by step, in process, or —
/// with `--compare-hugo` — as cold builds of sitegen and Hugo run alternately on the same
/// corpus, with a rebuild that should write nothing and the floor of cmark plus `cp -r`.
///
/// Build it in release mode first: `swift build -c release`, then
/// `.build/release/sitegen-benchmark --compare-hugo --sizes 10000,30000`.
@main
struct SitegenBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen-benchmark",
        abstract: "Time builds of a generated alliance site (build with -c release).",
        discussion: """
            The corpus is generated from --seed: 300 members named in the text and listed in \
            front matter, initiatives and reports that reference them, 30 tags used with a \
            skewed frequency, and announcements of 2–8 KB of Chinese Markdown. With \
            --compare-hugo the same corpus is written as a Hugo site and both are built cold, \
            alternately, --runs times; sitegen also rebuilds with no change.
            """
    )

    @Option(help: "How many announcements to generate.")
    var pages = 10_000

    @Option(help: ArgumentHelp("Several corpus sizes, comma-separated, e.g. 10000,30000 (instead of --pages).", valueName: "n,n"))
    var sizes: String?

    @Option(help: "The seed of the generated corpus.")
    var seed: UInt64 = 20_251_125

    @Option(help: "How many times to build each; the best and the median are reported (in process with --serve, 0 times only serve's rebuilds).")
    var runs = 3

    @Flag(help: "In-process mode: render everything but write nothing.")
    var noWrite = false

    @Option(help: ArgumentHelp("Where to generate the sites (default: a new temporary folder, removed afterwards).", valueName: "dir"))
    var directory: String?

    @Flag(help: "In-process mode: then time serve's rebuilds after one saved announcement (edits the corpus).")
    var serve = false

    @Option(help: "How many announcements to save, one after another, when timing serve's rebuilds.")
    var serveRounds = 3

    @Flag(help: "Build the same corpus with Hugo too (it must be on PATH) and compare.")
    var compareHugo = false

    @Option(help: ArgumentHelp("The sitegen executable to compare (default: the one beside this benchmark).", valueName: "path"))
    var sitegen: String?

    func run() async throws {
        // The in-process mode measures what `sitegen` does, with its allocator.
        AllocatorTuning.apply()
        let counts = try sizes.map { list in
            try list.split(separator: ",").map { text -> Int in
                guard let count = Int(text.trimmingCharacters(in: .whitespaces)), count > 0 else { throw ValidationError("--sizes takes numbers like 10000,30000") }
                return count
            }
        } ?? [pages]
        let base = directory ?? NSTemporaryDirectory() + "sitegen-benchmark-" + UUID().uuidString
        defer { if directory == nil { try? FileManager.default.removeItem(atPath: base) } }

        var report = ComparisonReport()
        // Old output is moved here and removed only at the end: deleting many files just before
        // creating many is slow on these machines, and would weigh on the next size's builds.
        // (A folder of its own per run: one that an interrupted run left behind is not in the way.)
        let trash = base + "/trash-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: trash) }
        for count in counts {
            let root = base + "/\(count)"
            print("Generating \(count) announcements in \(root) …")
            let corpus = AllianceCorpus(announcements: count, seed: seed)
            let writer = CorpusWriter(corpus: corpus)
            try writer.writeSitegenSite(at: root + "/sitegen")
            if compareHugo {
                try writer.writeHugoSite(at: root + "/hugo")
                try await compare(corpus: corpus, root: root, trash: trash + "/\(count)", into: &report)
            } else {
                try await measureInProcess(root: root + "/sitegen", count: count, aside: AsideFolder(path: trash + "/\(count)"))
            }
        }
        if compareHugo { print(report.markdown()) }
    }

    /// The in-process mode: per-step times of the best of `runs` cold builds.
    private func measureInProcess(root: String, count: Int, aside: AsideFolder) async throws {
        let layout = SiteLayout(contentDirectory: root + "/Content", templatesDirectory: Self.templatesDirectory, outputDirectory: root + "/Output")
        var best: BuildResult?
        for run in 1...max(1, runs) where runs > 0 || !serve {
            try aside.clearOutput(layout.outputDirectory)
            sync()
            let options = BuildOptions(writeOutput: !noWrite)
            let result = await BuildPipeline(layout: layout, options: options).run()
            guard result.errorCount == 0 else {
                for diagnostic in result.diagnostics.prefix(10) { print(diagnostic) }
                throw ExitCode.failure
            }
            print(String(format: "run %d: %.3f s, %d pages, %d files", run, result.seconds, result.pagesWritten, result.filesCopied))
            if result.seconds < (best?.seconds ?? .infinity) { best = result }
        }
        if let best {
            print("best run, by step:")
            for (step, seconds) in best.stepTimes {
                print("  " + step.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: "%8.3f s", seconds))
            }
            print(String(format: "total %.3f s — %.0f pages/s", best.seconds, Double(best.pagesWritten) / best.seconds))
        }
        guard serve else { return }
        try aside.clearOutput(root + "/Preview")
        let measured = try await ServeRebuildMeasurement.measure(site: root, templates: Self.templatesDirectory, output: root + "/Preview", rounds: max(1, serveRounds))
        print(String(format: "serve: first build %.3f s", measured.first))
        for edit in measured.bodyEdits + [measured.titleEdit] {
            print(String(format: "  rebuild %.3f s: %d pages rendered, %d files written", edit.seconds, edit.pagesRendered, edit.filesChanged) + (edit.incremental ? "" : " (whole build)"))
            for (step, seconds) in edit.steps {
                print("    " + step.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: "%8.3f s", seconds))
            }
        }
        print(String(format: "  search index refreshed after the saved paragraphs: %.3f s, %d files changed", measured.searchRefresh.seconds, measured.searchRefresh.filesChanged))
    }

    /// Cold builds of Hugo and sitegen, alternately, each round with the floor (cmark alone on the
    /// bodies, plus `cp -r` of the output just written); then a sitegen rebuild with no change.
    private func compare(corpus: AllianceCorpus, root: String, trash: String, into report: inout ComparisonReport) async throws {
        guard let hugo = MeasuredProcess.find("hugo") else { throw BenchmarkError("hugo is not on PATH (Debian: apt-get install hugo)") }
        let sitegen = self.sitegen ?? Self.siblingExecutable("sitegen")
        let site = root + "/sitegen"
        let sitegenOutput = site + "/Output"
        let hugoOutput = root + "/hugo-public"
        let aside = AsideFolder(path: trash)
        /// Writes every file the earlier steps left in memory to disk before the next timed
        /// step: otherwise a build pays for the previous one's writes (each writes 1–2 GB at
        /// 30,000 announcements, and the kernel holds a writer back while it writes them out).
        func settle() {
            sync()
        }
        func check(_ measurement: MeasuredProcess.Measurement, _ what: String) throws -> MeasuredProcess.Measurement {
            guard measurement.status == 0 else { throw BenchmarkError("\(what) failed (exit \(measurement.status)):\n\(measurement.standardError)") }
            return measurement
        }

        var hugoRuns: [MeasuredProcess.Measurement] = []
        var sitegenRuns: [MeasuredProcess.Measurement] = []
        var floors: [Double] = []
        let bodies = corpus.announcements.map(\.body)
        for round in 1...max(1, runs) {
            try aside.moveAside(hugoOutput)
            settle()
            hugoRuns.append(try check(MeasuredProcess.run(hugo, ["--quiet", "-s", root + "/hugo", "-d", hugoOutput]), "hugo"))
            // A cold build: no output, no state, and none of the folders a build keeps beside it.
            try aside.clearOutput(sitegenOutput)
            settle()
            sitegenRuns.append(try check(MeasuredProcess.run(sitegen, [
                "build", "--quiet", "--content", site + "/Content", "--templates", Self.templatesDirectory, "--output", sitegenOutput,
            ]), "sitegen"))
            // The floor in the same round: libcmark on every body, then a copy of what sitegen wrote.
            let markdown = CmarkFloor.seconds(bodies: bodies)
            let copyPath = try aside.nextName()
            settle()
            let copy = try check(MeasuredProcess.run("cp", ["-r", sitegenOutput, copyPath]), "cp -r")
            floors.append(markdown + copy.wall)
            print(String(format: "round %d: Hugo %.2f s, sitegen %.2f s, floor %.2f s (cmark %.2f s, cp -r %.2f s)", round, hugoRuns.last?.wall ?? 0, sitegenRuns.last?.wall ?? 0, markdown + copy.wall, markdown, copy.wall))
        }

        // The same work without the disk: check renders every page and writes nothing.
        var checks: [MeasuredProcess.Measurement] = []
        for _ in 1...max(1, runs) {
            settle()
            checks.append(try check(MeasuredProcess.run(sitegen, [
                "check", "--quiet", "--content", site + "/Content", "--templates", Self.templatesDirectory,
            ]), "sitegen check"))
        }

        let before = OutputStamps.of(sitegenOutput)
        settle()
        let rebuild = try check(MeasuredProcess.run(sitegen, [
            "build", "--quiet", "--content", site + "/Content", "--templates", Self.templatesDirectory, "--output", sitegenOutput,
        ]), "sitegen rebuild")
        let after = OutputStamps.of(sitegenOutput)
        let touched = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.count

        // An editor's build after saving one announcement, three times over (each announcement
        // restored afterwards): the output it replaces is set aside and removed while it runs.
        var edits: [(measurement: MeasuredProcess.Measurement, filesTouched: Int)] = []
        let announcements = site + "/Content/announcements"
        let names = try FileManager.default.contentsOfDirectory(atPath: announcements).filter { $0.hasSuffix(".md") }.sorted()
        for name in [names.first, names.dropFirst(names.count / 2).first, names.last].compactMap({ $0 }) {
            let path = announcements + "/" + name
            let original = try String(contentsOfFile: path, encoding: .utf8)
            try (original + "\n编辑补充的一段说明。\n").write(toFile: path, atomically: false, encoding: .utf8)
            let before = OutputStamps.of(sitegenOutput)
            settle()
            let edit = try check(MeasuredProcess.run(sitegen, [
                "build", "--quiet", "--content", site + "/Content", "--templates", Self.templatesDirectory, "--output", sitegenOutput,
            ]), "sitegen build after an edit")
            let after = OutputStamps.of(sitegenOutput)
            edits.append((edit, Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.count))
            try original.write(toFile: path, atomically: false, encoding: .utf8)
        }
        print(String(format: "build after a saved paragraph: %@", edits.map { String(format: "%.2f s", $0.measurement.wall) }.joined(separator: ", ")))

        // Last, as it edits the corpus: serve's rebuilds after one saved announcement.
        try aside.clearOutput(root + "/preview")
        let serve = try await ServeRebuildMeasurement.measure(site: site, templates: Self.templatesDirectory, output: root + "/preview", rounds: max(1, serveRounds))
        print(String(format: "serve: first build %.2f s, rebuild after a saved paragraph %.3f s (median)", serve.first, serve.bodyEdits.map(\.seconds).sorted()[serve.bodyEdits.count / 2]))

        report.add(ComparisonReport.Row(
            announcements: corpus.announcements.count, hugo: hugoRuns, sitegen: sitegenRuns, check: checks, rebuild: rebuild,
            rebuildFilesTouched: touched, hugoFiles: OutputStamps.of(hugoOutput).count,
            sitegenFiles: after.count, floors: floors, serve: serve, edits: edits
        ))
    }

    /// The default theme, beside the package's sources.
    static var templatesDirectory: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Templates").path
    }

    /// An executable built beside this one (`.build/release/sitegen`).
    static func siblingExecutable(_ name: String) -> String {
        let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return own.deletingLastPathComponent().appendingPathComponent(name).path
    }
}
