import ArgumentParser
import Foundation
import SiteGenKit
import SiteGenServer

/// `sitegen serve`: builds the site, serves it for preview and rebuilds it on every change.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on this machine and rebuild it whenever a file changes.",
        discussion: """
            Builds Content/ with Templates/ into a private temporary folder (never Output/), serves \
            it at http://127.0.0.1:8080/ and watches both folders: after every save the site is \
            rebuilt and the open pages reload. A failed rebuild keeps the last good site served, \
            with the problems in the terminal and over the page in the browser. \
            Ctrl-C stops the server (exit status 0).
            """
    )

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0: any free one).", valueName: "port"))
    var port: UInt16 = 8080

    @Option(name: .long, help: ArgumentHelp("The address to listen on; 0.0.0.0 lets other machines in.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(name: .customLong("base-path"), help: ArgumentHelp("The sub-path to serve the site under, as it will be published, e.g. /alliance/.", valueName: "path"))
    var basePath = "/"

    @OptionGroup var inputs: SiteInputs

    func validate() throws {
        do {
            _ = try BasePath(basePath)
        } catch let error as ServeError {
            throw ValidationError("\(error) (\(error.hint))")
        }
    }

    func run() async throws {
        AllocatorTuning.apply()
        var configuration = PreviewConfiguration(contentDirectory: inputs.content, templatesDirectory: inputs.templates, host: host, port: port)
        configuration.basePath = try BasePath(basePath)
        configuration.includeDrafts = inputs.drafts
        configuration.includeFuture = inputs.future
        let server = PreviewServer(configuration: configuration) { build in Self.report(build) }

        // Caught from here on, so that Ctrl-C during the first build also stops cleanly.
        let interrupts = Interrupts()
        let address: String
        do {
            address = try await server.start()
        } catch let error as ServeError {
            Reporter.printError("error: \(error)\n    hint: \(error.hint)\n")
            throw ExitCode.failure
        }
        let name = await server.siteTitle ?? inputs.content
        Reporter.printLine("Serving \(name) at \(address) — Ctrl-C to stop")
        await interrupts.wait()
        await server.stop()
        Reporter.printLine("Stopped.")
    }

    /// Prints a build's problems as `build` does, then one line on what was built.
    private static func report(_ build: PreviewBuild) {
        let result = build.result
        let failed = Reporter.report(result, strict: false, failureNote: build.number == 1 ? "the site cannot be shown until they are fixed" : "still serving the last good build")
        guard !failed else { return }
        let what = "\(result.pagesWritten) pages and \(result.filesCopied) files in \(Reporter.seconds(result.seconds))"
        if build.number == 1 {
            Reporter.printLine("Built \(what).")
        } else if result.incremental {
            Reporter.printLine("Rebuilt \(result.pagesWritten) pages that show what changed in \(Reporter.seconds(result.seconds)); \(result.filesChanged) files changed. Reloading the browser.")
        } else {
            Reporter.printLine("Rebuilt \(what); \(result.filesChanged) changed. Reloading the browser.")
        }
    }
}
