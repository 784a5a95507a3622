import Foundation
import Testing
@testable import SiteGenKit

@Suite struct OutputGateTests {
    /// What reached an output, by route; fails for the routes in `failing`.
    final class RecordingOutput: OutputDestination, @unchecked Sendable {
        let outputDirectory = "Output"
        let failing: Set<String>
        private let lock = NSLock()
        private var files: [String: String] = [:]

        init(failing: Set<String> = []) {
            self.failing = failing
        }

        func write(_ data: Data, at route: Route) throws {
            guard !failing.contains(route.path) else { throw FileSystemError(path: route.path, reason: "disk full") }
            lock.withLock { files[route.path] = String(decoding: data, as: UTF8.self) }
        }

        func copy(from source: String, to route: Route) throws {
            lock.withLock { files[route.path] = "copy of " + source }
        }

        var written: [String: String] { lock.withLock { files } }
    }

    /// The routes a gate reported as unwritten.
    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var routes: [String] = []
        func add(_ route: Route) { lock.withLock { routes.append(route.path) } }
        var all: [String] { lock.withLock { routes } }
    }

    @Test func filesWaitUntilTheGateOpensThenPassStraightOn() throws {
        let reports = Reports()
        let gate = OutputGate(outputDirectory: "Output") { route, _ in reports.add(route) }
        let output = RecordingOutput()
        try gate.write(Data("a".utf8), at: Route(file: "search/a.js"))
        try gate.copy(from: "Content/files/x.pdf", to: Route(file: "files/x.pdf"))
        #expect(output.written.isEmpty)
        gate.open(output)
        #expect(output.written == ["search/a.js": "a", "files/x.pdf": "copy of Content/files/x.pdf"])
        try gate.write(Data("b".utf8), at: Route(file: "search/b.js"))
        #expect(output.written["search/b.js"] == "b")
        #expect(reports.all.isEmpty)
    }

    @Test func aClosedGateDropsWhatItHeldAndEverythingLater() throws {
        let gate = OutputGate(outputDirectory: "Output") { _, _ in }
        let output = RecordingOutput()
        try gate.write(Data("a".utf8), at: Route(file: "search/a.js"))
        gate.close()
        try gate.write(Data("b".utf8), at: Route(file: "search/b.js"))
        // Too late: a build that stopped never opens its gate, and one that did is unaffected.
        gate.open(output)
        #expect(output.written.isEmpty)
    }

    @Test func aHeldFileThatCannotBeWrittenIsReportedAndALaterOneThrows() throws {
        let reports = Reports()
        let gate = OutputGate(outputDirectory: "Output") { route, _ in reports.add(route) }
        let output = RecordingOutput(failing: ["search/a.js", "search/c.js"])
        try gate.write(Data("a".utf8), at: Route(file: "search/a.js"))
        try gate.write(Data("b".utf8), at: Route(file: "search/b.js"))
        gate.open(output)
        #expect(reports.all == ["search/a.js"])
        #expect(output.written == ["search/b.js": "b"])
        #expect(throws: FileSystemError.self) { try gate.write(Data("c".utf8), at: Route(file: "search/c.js")) }
    }
}
