import Foundation
import Testing
@testable import SiteGenKit

/// Runs the real `sitegen serve`, as an editor would, and stops it with Ctrl-C (SIGINT).
@Suite struct ServeCommandLineTests {
    /// What a running process printed so far, read on a thread of its own.
    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()

        init(_ pipe: Pipe) {
            let handle = pipe.fileHandleForReading
            Thread.detachNewThread { [self] in
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    lock.withLock { data.append(chunk) }
                }
            }
        }

        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

        /// Waits until the text contains `part`; false after `timeout` seconds.
        func waitFor(_ part: String, timeout: Duration = .seconds(30)) async -> Bool {
            let deadline = ContinuousClock.now + timeout
            while !text.contains(part) {
                guard ContinuousClock.now < deadline else { return false }
                try? await Task.sleep(for: .milliseconds(20))
            }
            return true
        }
    }

    /// A working copy of the fixture site with the default theme, in a temporary folder.
    private func workingSite() throws -> String {
        let root = try TestSupport.temporaryDirectory()
        try TestSupport.copyTree(Path.join(TestSupport.fixture("alliance-site"), "Content"), to: Path.join(root, "Content"))
        try TestSupport.copyTree(TestSupport.templatesDirectory, to: Path.join(root, "Templates"))
        return root
    }

    private func start(_ arguments: [String], in directory: String) throws -> (Process, standardOutput: Output, standardError: Output) {
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, Output(out), Output(err))
    }

    /// Waits for the process to exit; false after `timeout`.
    private func waitForExit(_ process: Process, timeout: Duration = .seconds(15)) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else { return false }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return true
    }

    @Test func serveBuildsServesAndStopsOnCtrlCWithExitZero() async throws {
        let root = try workingSite()
        let (process, out, err) = try start(["serve", "--port", "0", "--base-path", "/alliance/"], in: root)
        defer { if process.isRunning { process.terminate() } }
        let started = await out.waitFor(" — Ctrl-C to stop\n")
        try #require(started, "no start line; printed: \(out.text) \(err.text)")

        let line = try #require(out.text.split(separator: "\n").first { $0.hasPrefix("Serving ") })
        let match = try #require(line.wholeMatch(of: /Serving 示例技工教育联盟 at http:\/\/127\.0\.0\.1:(\d+)\/alliance\/ — Ctrl-C to stop/))
        let port = try #require(UInt16(match.1))
        #expect(out.text.hasPrefix("Built 37 pages and 6 files in "), "\(out.text)")
        #expect(err.text.contains("warning: link uses the 'javascript:' scheme"), "problems print as in `build`")

        let page = try await RawHTTPClient(port: port).request("/alliance/about/")
        #expect(page.status == 200)
        #expect(page.text.contains("/alliance/__sitegen/live.js"))

        let saved = Path.join(root, "Content/announcements/2024-03-05-member-call.md")
        try (String(contentsOfFile: saved, encoding: .utf8) + "\n保存后新增的一句话。\n").write(toFile: saved, atomically: true, encoding: .utf8)
        let rebuilt = await out.waitFor(" files changed. Reloading the browser.\n")
        #expect(rebuilt, "no rebuild line; printed: \(out.text) \(err.text)")
        #expect(out.text.contains("\nRebuilt "), "\(out.text)")
        #expect(out.text.contains(" pages that show what changed in "), "a saved announcement renders only the pages that show it: \(out.text)")
        let updated = try await RawHTTPClient(port: port).request("/alliance/announcements/member-call/")
        #expect(updated.text.contains("保存后新增的一句话。"))

        process.interrupt()
        let exited = await waitForExit(process)
        try #require(exited, "still running after SIGINT")
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(await out.waitFor("Stopped.\n"))
        #expect(!err.text.contains("Fatal error"), "\(err.text)")
        #expect(!FileManager.default.fileExists(atPath: Path.join(root, "Output")), "serve never writes Output/")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["Content", "Templates"])
    }

    @Test func aBadBasePathIsRefusedBeforeAnythingStarts() async throws {
        let root = try workingSite()
        let (process, _, err) = try start(["serve", "--port", "0", "--base-path", "/a/../b/"], in: root)
        let exited = await waitForExit(process)
        try #require(exited)
        #expect(process.terminationStatus != 0)
        #expect(await err.waitFor("base path '/a/../b/' cannot be used: it has a '..' segment"), "\(err.text)")
    }
}
