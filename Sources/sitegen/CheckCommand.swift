import ArgumentParser
import SiteGenKit

/// `sitegen check`: runs the whole build but writes nothing.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content and templates without writing anything.",
        discussion: "Runs every step of a build, rendering included, and lists every problem. Exit status: 0 when there is no error, 1 otherwise."
    )

    @OptionGroup var site: SiteOptions

    func run() async throws {
        AllocatorTuning.apply()
        let layout = SiteLayout(contentDirectory: site.inputs.content, templatesDirectory: site.inputs.templates, outputDirectory: "Output")
        var options = BuildOptions(includeDrafts: site.inputs.drafts, strict: site.strict, writeOutput: false)
        options.includeFuture = site.inputs.future
        let result = await BuildPipeline(layout: layout, options: options).run()
        if site.timings { Reporter.reportTimings(result) }
        let failed = Reporter.report(result, strict: site.strict)
        if !site.quiet, !result.externalDomains.isEmpty {
            Reporter.printLine("External links by domain:")
            for (domain, count) in result.externalDomains {
                Reporter.printLine("  \(domain) (\(count))")
            }
        }
        if !site.quiet, !result.scheduled.isEmpty {
            Reporter.printLine("Scheduled (published on their date; --future publishes them now):")
            for post in result.scheduled {
                Reporter.printLine("  \(post.date)  \(post.path)  \(post.title)")
            }
        }
        if failed { throw ExitCode.failure }
        if !site.quiet {
            Reporter.printLine("Checked \(result.pagesWritten) pages in \(Reporter.seconds(result.seconds)): no errors.")
        }
    }
}
