import Foundation

/// An output for a step that starts before the build knows whether it will write: what the
/// step makes is held until ``open(_:)`` names the real output (and then written there), or
/// dropped by ``close()`` when the build stops first — so nothing reaches the output folder
/// of a build that fails its checks.
///
/// The search index uses it: it is made from the loaded site alone and starts while the site
/// is planned and its links checked, on the core those steps leave idle.
final class OutputGate: OutputDestination, @unchecked Sendable {
    let outputDirectory: String
    /// Told of each held file that cannot be written when the gate opens.
    private let report: @Sendable (Route, any Error) -> Void
    private let lock = NSLock()
    private var state = State.waiting([])

    private enum State {
        /// Not yet known: the files so far, in order.
        case waiting([Held])
        /// Passing files on (nil: made and dropped, as in check mode).
        case open((any OutputDestination)?)
        /// The build stopped: files are dropped.
        case closed
    }

    /// A file held while the gate waits.
    private enum Held {
        case write(Data, Route)
        case copy(String, Route)
    }

    /// A waiting gate for `outputDirectory`; `report` is told of files held until the gate
    /// opened that could not be written then (a file written later throws to its writer).
    init(outputDirectory: String, report: @escaping @Sendable (Route, any Error) -> Void) {
        self.outputDirectory = outputDirectory
        self.report = report
    }

    func write(_ data: Data, at route: Route) throws {
        try pass(.write(data, route))
    }

    func copy(from source: String, to route: Route) throws {
        try pass(.copy(source, route))
    }

    /// Writes the files held so far to `destination` (nil: drops them) and passes on every
    /// later one.
    func open(_ destination: (any OutputDestination)?) {
        lock.lock()
        guard case let .waiting(held) = state else {
            lock.unlock()
            return
        }
        state = .open(destination)
        lock.unlock()
        guard let destination else { return }
        for file in held {
            do {
                try Self.put(file, into: destination)
            } catch {
                switch file {
                case let .write(_, route), let .copy(_, route): report(route, error)
                }
            }
        }
    }

    /// Drops what is held and every later file.
    func close() {
        lock.lock()
        state = .closed
        lock.unlock()
    }

    private func pass(_ file: Held) throws {
        lock.lock()
        switch state {
        case var .waiting(held):
            // Released first so that the array is not copied on append.
            state = .closed
            held.append(file)
            state = .waiting(held)
            lock.unlock()
        case let .open(destination):
            lock.unlock()
            if let destination { try Self.put(file, into: destination) }
        case .closed:
            lock.unlock()
        }
    }

    private static func put(_ file: Held, into destination: any OutputDestination) throws {
        switch file {
        case let .write(data, route): try destination.write(data, at: route)
        case let .copy(source, route): try destination.copy(from: source, to: route)
        }
    }
}
