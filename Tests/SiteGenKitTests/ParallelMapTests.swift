import Foundation
import Testing
@testable import SiteGenKit

@Suite struct ParallelMapTests {
    /// Counts how often each element was transformed, from several threads.
    private final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [Int: Int] = [:]

        func add(_ element: Int) {
            lock.lock()
            counts[element, default: 0] += 1
            lock.unlock()
        }

        var all: [Int: Int] {
            lock.lock()
            defer { lock.unlock() }
            return counts
        }
    }

    /// Work that differs from element to element, so that workers finish runs at different times.
    private static func work(_ element: Int) -> Int {
        var value = element
        for _ in 0..<(element % 7) * 200 { value = (value &* 31 &+ 7) % 1_000_003 }
        return value
    }

    @Test func mapNowKeepsTheOrderAndTransformsEachElementOnce() {
        let elements = Array(0..<5_000)
        let tally = Tally()
        let results = ParallelMap.mapNow(elements) { element in
            tally.add(element)
            return (element, Self.work(element))
        }
        #expect(results.map(\.0) == elements)
        #expect(results.map(\.1) == elements.map(Self.work))
        #expect(tally.all.count == elements.count)
        #expect(tally.all.values.allSatisfy { $0 == 1 })
    }

    @Test func mapKeepsTheOrderDropsNilsAndTransformsEachElementOnce() async {
        let elements = Array(0..<5_000)
        let tally = Tally()
        let results = await ParallelMap.map(elements) { element -> String? in
            tally.add(element)
            return element % 3 == 0 ? nil : "\(element):\(Self.work(element))"
        }
        #expect(results == elements.filter { $0 % 3 != 0 }.map { "\($0):\(Self.work($0))" })
        #expect(tally.all.count == elements.count)
        #expect(tally.all.values.allSatisfy { $0 == 1 })
    }

    @Test func fewAndNoElements() async {
        #expect(ParallelMap.mapNow([Int]()) { $0 * 2 } == [])
        #expect(ParallelMap.mapNow([4]) { $0 * 2 } == [8])
        #expect(ParallelMap.mapNow([4, 5]) { $0 * 2 } == [8, 10])
        #expect(await ParallelMap.map([Int]()) { $0 * 2 } == [])
        #expect(await ParallelMap.map([4]) { $0 * 2 } == [8])
        #expect(await ParallelMap.map([4, 5, 6]) { $0 == 5 ? nil : $0 * 2 } == [8, 12])
    }
}
