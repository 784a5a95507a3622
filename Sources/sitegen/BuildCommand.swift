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
            On any error nothing is written and the previous Output/ stays as it was.
            Exit status: 0 when the site was built, 1 when the input has errors.
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site; replaced as a whole on success.", valueName: "dir"))
    var output = "Output"

    func run() async throws {
        let layout = SiteLayout(contentDirectory: site.content, templatesDirectory: site.templates, outputDirectory: output)
        let options = BuildOptions(includeDrafts: site.drafts, strict: site.strict, writeOutput: true)
        let result = await BuildPipeline(layout: layout, options: options).run()
        if site.timings { Reporter.reportTimings(result) }
        let failed = Reporter.report(result, strict: site.strict)
        if failed { throw ExitCode.failure }
        if !site.quiet {
            Reporter.printLine(
                "Built \(result.pagesWritten) pages and copied \(result.filesCopied) files to \(output)/ in \(Reporter.seconds(result.seconds))."
            )
        }
    }
}
