import Foundation
import SiteGenKit

/// Prints a build's diagnostics and decides the exit status.
enum Reporter {
    /// Prints every diagnostic to standard error, then the count and, when the run failed,
    /// `failureNote`; returns whether the run failed.
    static func report(_ result: BuildResult, strict: Bool, failureNote: String = "nothing was written") -> Bool {
        let formatter = DiagnosticFormatter(useColor: useColor)
        for diagnostic in result.diagnostics {
            printError(formatter.format(diagnostic))
        }
        let failed = result.errorCount > 0 || (strict && result.warningCount > 0)
        if !result.diagnostics.isEmpty {
            let counts = DiagnosticFormatter.summary(errors: result.errorCount, warnings: result.warningCount)
            printError(failed ? "\(counts): \(failureNote).\n" : "\(counts).\n")
        }
        return failed
    }

    /// Prints `diagnostics` to standard error, then their count and that nothing was written.
    static func report(_ diagnostics: [Diagnostic]) {
        let formatter = DiagnosticFormatter(useColor: useColor)
        for diagnostic in diagnostics {
            printError(formatter.format(diagnostic))
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        printError(DiagnosticFormatter.summary(errors: errors, warnings: diagnostics.count - errors) + ": nothing was written.\n")
    }

    /// Prints the time each step of the run took, one line each, with the CPU time it used
    /// (more than the step's time when it kept several cores busy).
    static func reportTimings(_ result: BuildResult) {
        let searchLabel = "search index, on its own"
        let width = max(28, (result.stepTimes.map(\.step.count) + [searchLabel.count]).max().map { $0 + 2 } ?? 0)
        for (index, (step, seconds)) in result.stepTimes.enumerated() {
            var line = "  " + step.padding(toLength: width, withPad: " ", startingAt: 0) + Self.seconds(seconds)
            if index < result.stepCPUTimes.count { line += "  (CPU " + Self.seconds(result.stepCPUTimes[index]) + ")" }
            printLine(line)
        }
        if let seconds = result.searchIndexSeconds {
            printLine("  " + searchLabel.padding(toLength: width, withPad: " ", startingAt: 0) + Self.seconds(seconds) + "  (beside the pages)")
        }
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set.
    static var useColor: Bool {
        if ProcessInfo.processInfo.environment["NO_COLOR"].map({ !$0.isEmpty }) == true { return false }
        return isatty(STDERR_FILENO) != 0
    }

    /// Seconds as `0.42 s`.
    static func seconds(_ value: Double) -> String {
        String(format: "%.2f s", value)
    }

    /// Prints `text` and a newline to standard output at once, even into a pipe.
    static func printLine(_ text: String) {
        print(text)
        fflush(nil)
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
