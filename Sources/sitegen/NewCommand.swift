import ArgumentParser
import Foundation
import SiteGenKit

/// `sitegen new`: writes a new content file, ready to edit and build.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new announcement, page, member, initiative or report.",
        discussion: """
            Writes a new file under Content/ with every required field filled in (dated today in \
            the site's time zone) and the optional fields as comments, named after the title: \
            Content/announcements/<date>-<slug>.md, pages/<slug>.md, members/<id>.md, \
            initiatives/<slug>.md or reports/<year>.md. Never overwrites a file.
            Exit status: 0 when the file was written, 1 otherwise.
            """
    )

    @Argument(help: ArgumentHelp("What to create.", valueName: "kind"))
    var kind: NewContent.Kind

    @Argument(help: ArgumentHelp("The title; a member's full name; a report's year.", valueName: "title"))
    var title: String

    @Option(name: .long, help: ArgumentHelp("The folder with site.yaml, announcements/, pages/ and files/.", valueName: "dir"))
    var content = "Content"

    @Option(name: .long, help: ArgumentHelp("The slug (the page's URL name) instead of the one made from the title.", valueName: "slug"))
    var slug: String?

    @Option(name: .long, help: ArgumentHelp("A member's id (required for members), e.g. zibo-tech.", valueName: "id"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp("A member's type (技工院校, enterprise, …) instead of the one told from its name.", valueName: "type"))
    var type: String?

    @Option(name: .long, help: ArgumentHelp("A member's province-level region (山东) instead of a guess.", valueName: "region"))
    var region: String?

    @Flag(name: .long, help: "Mark the announcement 'draft: true'.")
    var draft = false

    @Option(name: .long, help: ArgumentHelp("The date instead of today in the site's time zone.", valueName: "YYYY-MM-DD"))
    var date: String?

    func run() throws {
        var request = NewContent(kind: kind, title: title)
        request.slug = slug
        request.memberID = id
        request.memberType = type
        request.region = region
        request.isDraft = draft
        request.date = date
        let path: String
        do {
            path = try ContentScaffolder(contentDirectory: content).write(request)
        } catch {
            Reporter.report(error.diagnostics)
            throw ExitCode.failure
        }
        Reporter.printLine("Created \(Self.relativeToCurrentFolder(path))")
        switch kind {
        case .member: Reporter.printLine("Next: check its type and region, write its profile, then run `sitegen build`.")
        case .announcement where draft: Reporter.printLine("Next: write the text, then run `sitegen build --drafts` to see the draft.")
        default: Reporter.printLine("Next: write the text, then run `sitegen build`.")
        }
    }

    /// `path` relative to the current folder when it lies inside it.
    static func relativeToCurrentFolder(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        guard path.hasPrefix("/"), !current.isEmpty else { return path }
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}

extension NewContent.Kind: ExpressibleByArgument {}
