import ArgumentParser
import SiteGenKit

/// The options that say which site to read and what of it to publish: shared by `build`,
/// `check` and `serve`.
struct SiteInputs: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder with site.yaml, announcements/, pages/ and files/.", valueName: "dir"))
    var content = "Content"

    @Option(name: .long, help: ArgumentHelp("The theme folder with the Mustache templates and assets/.", valueName: "dir"))
    var templates = "Templates"

    @Flag(name: .long, help: "Publish announcements marked 'draft: true' too.")
    var drafts = false

    @Flag(name: .long, help: "Publish announcements dated in the future too (they are left out until their date otherwise).")
    var future = false
}

/// The options every command that builds a site shares.
struct SiteOptions: ParsableArguments {
    @OptionGroup var inputs: SiteInputs

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print only problems, not the closing summary.")
    var quiet = false

    @Flag(name: .long, help: "Print how long each step of the run took.")
    var timings = false
}
