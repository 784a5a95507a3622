import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM as an async sequence instead of the default abrupt exit, so that
/// a long-running command can stop cleanly and exit with status 0.
struct Interrupts {
    /// The signals caught, in order; kept until read.
    let signals: AsyncStream<Int32>
    private let sources: [any DispatchSourceSignal]

    /// Starts catching `numbers`: from now on they no longer end the process.
    init(_ numbers: [Int32] = [SIGINT, SIGTERM]) {
        let (stream, continuation) = AsyncStream.makeStream(of: Int32.self)
        signals = stream
        sources = numbers.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
    }

    /// Waits for the first signal caught, keeping the handlers alive until then.
    func wait() async {
        for await _ in signals { break }
        withExtendedLifetime(sources) {}
    }
}
