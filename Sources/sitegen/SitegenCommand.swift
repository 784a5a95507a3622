import ArgumentParser
// Linked for its side effect: mimalloc then serves malloc and free for the whole process
// (see AllocatorTuning, which each command calls first).
import CMimalloc
import SiteGenKit

/// The `sitegen` command line: argument parsing and printing only; the work is SiteGenKit's.
@main
struct SitegenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds the website of an education alliance from Markdown and YAML.",
        discussion: """
            Editors write announcements and pages in Markdown under Content/, the theme lives in \
            Templates/, and `sitegen build` writes the finished site to Output/, ready to copy to \
            any web server. Every link in the output is relative, so the site works at any address \
            and straight from disk.
            """,
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, ServeCommand.self],
        defaultSubcommand: nil
    )
}
