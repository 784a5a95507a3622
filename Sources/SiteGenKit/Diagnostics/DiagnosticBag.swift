import Foundation

/// Collects the diagnostics of a run, from any thread, so that every problem is reported at once.
final class DiagnosticBag: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    /// Creates an empty bag.
    init() {}

    /// Adds one diagnostic.
    func report(_ diagnostic: Diagnostic) {
        lock.lock()
        items.append(diagnostic)
        lock.unlock()
    }

    /// Adds an error at `location`.
    func error(at location: SourceLocation, _ message: String, hint: String? = nil) {
        report(.error(at: location, message, hint: hint))
    }

    /// Adds a warning at `location`.
    func warning(at location: SourceLocation, _ message: String, hint: String? = nil) {
        report(.warning(at: location, message, hint: hint))
    }

    /// Everything reported so far, sorted by file, line and column, without duplicates.
    var all: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        var seen = Set<Diagnostic>()
        return items
            .filter { seen.insert($0).inserted }
            .sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    /// Whether any error (not warning) was reported.
    var hasErrors: Bool {
        lock.lock()
        defer { lock.unlock() }
        return items.contains { $0.severity == .error }
    }
}
