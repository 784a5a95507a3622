import Foundation

/// Where a build puts the files it makes: a staging folder swapped in at the end
/// (``OutputTransaction``), or the served folder updated in place after a good rebuild
/// (``BufferedOutput``).
protocol OutputDestination: Sendable {
    /// The output folder the files end up in.
    var outputDirectory: String { get }
    /// Puts `data` at `route`.
    func write(_ data: Data, at route: Route) throws
    /// Puts a copy of the file at `source` at `route`.
    func copy(from source: String, to route: Route) throws
}

extension OutputTransaction: OutputDestination {}
