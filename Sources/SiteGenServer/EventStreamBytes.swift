import FlyingFox
import FlyingSocks
import Foundation

/// The bytes of a stream of events, as FlyingFox sends a response body of unknown length
/// (chunked: one chunk per event, written as soon as it comes).
struct EventStreamBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    /// The encoded events; the response ends when the stream finishes.
    let events: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator())
    }

    /// Hands out each event's bytes in buffers.
    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<Data>.Iterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            guard await fill() else { return nil }
            return pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            guard await fill() else { return nil }
            let taken = Swift.min(Swift.max(count, 1), pending.count)
            let buffer = Array(pending[..<taken])
            pending.removeFirst(taken)
            return buffer
        }

        /// Waits for the next event when nothing is pending; false when the stream ended. Never
        /// leaves `pending` empty on true: an empty chunk would end a chunked response.
        private mutating func fill() async -> Bool {
            while pending.isEmpty {
                guard let data = await events.next() else { return false }
                pending = [UInt8](data)
            }
            return true
        }
    }
}
