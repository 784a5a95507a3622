import Foundation
import Testing
@testable import SiteGenKit

/// Runs the real `sitegen` executable, as an editor would.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The built `sitegen` binary, next to the test bundle.
    static var executable: URL {
        var directory = Bundle.main.bundleURL
        if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
        return directory.appendingPathComponent("sitegen")
    }

    /// The tests' environment without `NO_COLOR`, which `swift test` sets: with it, sitegen
    /// never colours its output, and no test could tell whether colour follows the terminal.
    private static var inheritedEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = nil
        return environment
    }

    private func run(_ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = Self.inheritedEnvironment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self), standardError: String(decoding: errData, as: UTF8.self))
    }

    /// A working copy of the fixture site with the default theme, in a temporary folder.
    private func workingSite() throws -> String {
        let root = try TestSupport.temporaryDirectory()
        try TestSupport.copyTree(Path.join(TestSupport.fixture("alliance-site"), "Content"), to: Path.join(root, "Content"))
        try TestSupport.copyTree(TestSupport.templatesDirectory, to: Path.join(root, "Templates"))
        return root
    }

    @Test func buildSucceedsWithExitZeroAndASummaryLine() throws {
        let root = try workingSite()
        let result = try run(["build"], in: root)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("Built 37 pages and copied 6 files to Output/ in "))
        #expect(FileManager.default.fileExists(atPath: Path.join(root, "Output/index.html")))
    }

    @Test func aSecondBuildWithNoChangeSaysSoAndForceBuildsAnyway() throws {
        let root = try workingSite()
        let first = try run(["build"], in: root)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.hasSuffix("; 46 changed.\n"))
        let second = try run(["build"], in: root)
        #expect(second.status == 0)
        #expect(second.standardOutput == "Output/ is up to date: nothing changed since the last build (37 pages, 6 files).\n")
        #expect(second.standardError == first.standardError, "the warnings are reported again")
        let forced = try run(["build", "--force"], in: root)
        #expect(forced.standardOutput.hasPrefix("Built 37 pages and copied 6 files to Output/ in "))
        #expect(forced.standardOutput.hasSuffix("; 0 changed.\n"))
    }

    @Test func timingsListEveryStep() throws {
        let root = try workingSite()
        let result = try run(["check", "--timings", "--quiet"], in: root)
        #expect(result.status == 0, "\(result.standardError)")
        let steps = result.standardOutput.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ").first ?? "" }
        #expect(steps == ["load content", "load templates", "plan and check links", "render pages and search index", "copy files and write feeds", "finish search index", "search index, on its own"])
        // Each step's line: the step, its time on the clock, and the CPU time it used; then the
        // search index's own time, which was part of the pages' step.
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix(" s)") && $0.contains(" s  (CPU ") })
        #expect(lines.last?.hasSuffix(" s  (beside the pages)") == true)
    }

    @Test func quietBuildPrintsOnlyProblems() throws {
        let root = try workingSite()
        let result = try run(["build", "--quiet", "--output", "public"], in: root)
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("Content/announcements/2024-06-01-技能竞赛.md:11:1: warning: link uses the 'javascript:' scheme and is left out\n"))
        #expect(result.standardError.hasSuffix("\n0 errors, 1 warning.\n"))
        #expect(FileManager.default.fileExists(atPath: Path.join(root, "public/index.html")))
    }

    @Test func badInputExitsOneWithCompilerStyleMessagesAndNoColourWhenPiped() throws {
        let root = try workingSite()
        let path = Path.join(root, "Content/announcements/2023-09-28-founding.md")
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "date: 2023-09-28", with: "date: 九月二十八日")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try run(["build"], in: root)
        #expect(result.status == 1)
        #expect(result.standardError == """
            Content/announcements/2023-09-28-founding.md:3:7: error: 'date' must be a date like 2025-09-29, got "九月二十八日"
                date: 九月二十八日
                      ^
                hint: write the date as YYYY-MM-DD, optionally followed by a time as HH:MM (and a UTC offset such as +08:00)
            Content/announcements/2024-06-01-技能竞赛.md:11:1: warning: link uses the 'javascript:' scheme and is left out
                [危险链接](javascript:alert(1))
                ^
                hint: only http, https, mailto and tel URLs and links within the site are emitted
            1 error, 1 warning: nothing was written.

            """)
        #expect(!FileManager.default.fileExists(atPath: Path.join(root, "Output")))
    }

    /// Runs `sitegen` with standard error on a pseudo-terminal, as in a terminal window, and
    /// `NO_COLOR` as given (unset when nil); returns the exit status and what it printed there.
    private func runOnTerminal(_ arguments: [String], in directory: String, noColor: String?) throws -> (status: Int32, standardError: String) {
        var terminal: Int32 = -1, device: Int32 = -1
        try #require(openpty(&terminal, &device, nil, nil, nil) == 0)
        defer { close(terminal) }
        try #require(isatty(device) == 1)

        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = Self.inheritedEnvironment
        environment["NO_COLOR"] = noColor
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        let handle = FileHandle(fileDescriptor: device, closeOnDealloc: false)
        process.standardError = handle
        do {
            try process.run()
        } catch {
            close(device)
            throw error
        }
        close(device)  // the child holds its own copy; reading ends when it exits

        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(terminal, &buffer, buffer.count)
            if count <= 0 { break }  // EIO once the child has closed the terminal
            bytes += buffer[..<count]
        }
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: bytes, as: UTF8.self))
    }

    @Test func problemsAreColouredOnATerminal() throws {
        let root = try workingSite()
        for noColor in [nil, ""] {
            let result = try runOnTerminal(["check"], in: root, noColor: noColor)
            #expect(result.status == 0)
            #expect(result.standardError.contains("\u{1B}[1;35mwarning:\u{1B}[0m"), "NO_COLOR=\(noColor ?? "unset"): \(result.standardError.debugDescription)")
        }
    }

    @Test func noColorTurnsColourOffOnATerminal() throws {
        let root = try workingSite()
        let result = try runOnTerminal(["check"], in: root, noColor: "1")
        #expect(result.status == 0)
        #expect(result.standardError.contains("warning: link uses the 'javascript:' scheme"))
        #expect(!result.standardError.contains("\u{1B}["))
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let root = try workingSite()
        let path = Path.join(root, "Content/pages/about.md")
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "nav_order: 1", with: "nav_ordr: 1")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try run(["build"], in: root).status == 0)
        let strict = try run(["build", "--strict"], in: root)
        #expect(strict.status == 1)
        #expect(strict.standardError.contains("Content/pages/about.md:3:1: warning: unknown field 'nav_ordr' in front matter"))
        #expect(strict.standardError.contains("hint: did you mean 'nav_order'?"))
    }

    @Test func checkWritesNothing() throws {
        let root = try workingSite()
        let result = try run(["check"], in: root)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("Checked 37 pages in "))
        #expect(!FileManager.default.fileExists(atPath: Path.join(root, "Output")))
    }

    @Test func helpDescribesTheOptions() throws {
        let result = try run(["build", "--help"], in: NSTemporaryDirectory())
        #expect(result.status == 0)
        for option in ["--content", "--templates", "--output", "--drafts", "--quiet", "--strict"] {
            #expect(result.standardOutput.contains(option))
        }
    }

    @Test func newWritesAnAnnouncementThatBuildsAndSaysWhatToDoNext() throws {
        let root = try workingSite()
        let result = try run(["new", "announcement", "联盟工作会议召开", "--date", "2025-10-10"], in: root)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "Created Content/announcements/2025-10-10-联盟工作会议召开.md\nNext: write the text, then run `sitegen build`.\n")
        #expect(result.standardError.isEmpty)
        let text = try String(contentsOfFile: Path.join(root, "Content/announcements/2025-10-10-联盟工作会议召开.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: 联盟工作会议召开\ndate: 2025-10-10 "))
        let build = try run(["build"], in: root)
        #expect(build.status == 0, "\(build.standardError)")
        #expect(!build.standardError.contains("联盟工作会议召开"), "no problem in the new file")
        #expect(FileManager.default.fileExists(atPath: Path.join(root, "Output/announcements/联盟工作会议召开/index.html")))
    }

    @Test func newRefusesToOverwriteWithExitOne() throws {
        let root = try workingSite()
        let path = Path.join(root, "Content/pages/about.md")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try run(["new", "page", "关于联盟", "--slug", "about"], in: root)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == """
            Content/pages/about.md: error: file already exists; sitegen new never overwrites a file
                hint: choose another title or pass --slug, or edit the file
            1 error, 0 warnings: nothing was written.

            """)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

        let member = try run(["new", "member", "淄博市技师学院"], in: root)
        #expect(member.status == 1)
        #expect(member.standardError.hasPrefix("sitegen new: error: a member needs an id: pass --id\n"))
    }

    @Test func checkListsWhatIsScheduledAndBuildSaysWhenTheNextComesOut() throws {
        let root = try workingSite()
        try "---\ntitle: 二〇九九年年会预告\ndate: 2099-01-01 09:00\n---\n正文。\n"
            .write(toFile: Path.join(root, "Content/announcements/annual-2099.md"), atomically: true, encoding: .utf8)
        let check = try run(["check"], in: root)
        #expect(check.status == 0)
        #expect(check.standardOutput.contains("Scheduled (published on their date; --future publishes them now):\n  2099-01-01 09:00  Content/announcements/annual-2099.md  二〇九九年年会预告\n"))
        let build = try run(["build"], in: root)
        #expect(build.status == 0)
        #expect(build.standardOutput.contains("1 scheduled announcement(s) left out until their date; the next on 2099-01-01 09:00: Content/announcements/annual-2099.md."))
        #expect(!FileManager.default.fileExists(atPath: Path.join(root, "Output/announcements/annual-2099/index.html")))
        let future = try run(["build", "--future"], in: root)
        #expect(future.status == 0)
        #expect(FileManager.default.fileExists(atPath: Path.join(root, "Output/announcements/annual-2099/index.html")))
    }
}
