import ArgumentParser
import Foundation
import SiteGenKit

/// `sitegen build`: builds the site into the output folder.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
            Reads Content/ and Templates/ and writes the site to Output/ (all relative to the \
            current folder unless given). Every problem is listed with its file, line and column. \
            On any error nothing is written and the previous Output/ stays as it was. Files whose \
            bytes did not change keep their modification time, and when nothing at all changed \
            since the last build, nothing is done (--force builds anyway).
            Exit status: 0 when the site was built, 1 when the input has errors.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site; replaced as a whole on success.", valueName: "dir"))
    var output = "Output"

    @Flag(name: .long, help: "Build even if nothing changed since the last build.")
    var force = false

    func run() async throws {
        AllocatorTuning.apply()
        let layout = SiteLayout(contentDirectory: site.inputs.content, templatesDirectory: site.inputs.templates, outputDirectory: output)
        var options = BuildOptions(includeDrafts: site.inputs.drafts, strict: site.strict, writeOutput: true)
        options.force = force
        options.includeFuture = site.inputs.future
        options.toolIdentity = Self.toolIdentity
        let result = await BuildPipeline(layout: layout, options: options).run()
        if site.timings { Reporter.reportTimings(result) }
        let failed = Reporter.report(result, strict: site.strict)
        if failed { throw ExitCode.failure }
        if !site.quiet {
            if result.upToDate {
                Reporter.printLine("\(output)/ is up to date: nothing changed since the last build (\(result.pagesWritten) pages, \(result.filesCopied) files).")
            } else {
                Reporter.printLine(
                    "Built \(result.pagesWritten) pages and copied \(result.filesCopied) files to \(output)/ in \(Reporter.seconds(result.seconds)); \(result.filesChanged) changed."
                )
                if let first = result.scheduled.first {
                    Reporter.printLine("\(result.scheduled.count) scheduled announcement(s) left out until their date; the next on \(first.date): \(first.path). `sitegen check` lists them.")
                }
            }
        }
    }

    /// Which sitegen is running: its executable's size, time and identity, so that a rebuilt
    /// sitegen does not take an older one's output for up to date.
    static var toolIdentity: String {
        let executable = ProcessInfo.processInfo.arguments.first ?? "sitegen"
        for path in ["/proc/self/exe", executable] {
            if let stamp = LocalFileSystem().stamp(of: path) {
                return "sitegen \(stamp.size) \(stamp.modified) \(stamp.identity)"
            }
        }
        return "sitegen \(executable)"
    }
}
