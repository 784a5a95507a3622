import Foundation
import Testing
@testable import SiteGenKit

/// The striped dictionary the link check and the shared chunks fill from all cores.
@Suite struct ConcurrentDictionaryTests {
    /// A value with an identity, to see which of two made at once was kept.
    private final class Made: @unchecked Sendable {
        let key: Int
        init(key: Int) { self.key = key }
    }

    /// Collected from any thread.
    private final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var made: [Int: [ObjectIdentifier]] = [:]

        func add(_ value: Made) {
            lock.lock()
            made[value.key, default: []].append(ObjectIdentifier(value))
            lock.unlock()
        }

        var all: [Int: [ObjectIdentifier]] {
            lock.lock()
            defer { lock.unlock() }
            return made
        }
    }

    @Test func everyThreadGetsTheOneValueStoredForAKey() {
        let dictionary = ConcurrentDictionary<Int, Made>()
        let seen = Seen()
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for round in 0..<2_000 {
                let key = (round * 7 + worker) % 300
                seen.add(dictionary.value(for: key) { Made(key: key) })
            }
        }
        let all = seen.all
        #expect(all.count == 300)
        for (key, identities) in all {
            // Made at once by several threads or not: all were handed the one that was kept.
            #expect(Set(identities).count == 1, "key \(key)")
            #expect(dictionary[key].map(ObjectIdentifier.init) == identities.first)
        }
    }

    /// Two threads that make the value for one key at the same moment get the same one.
    @Test func twoThreadsMakingAValueAtOnceGetTheFirstStored() {
        let dictionary = ConcurrentDictionary<Int, Made>()
        let seen = Seen()
        let bothMaking = DispatchGroup()
        bothMaking.enter()
        bothMaking.enter()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            seen.add(dictionary.value(for: 1) {
                // Each waits (at most a second) until the other is making it too.
                bothMaking.leave()
                _ = bothMaking.wait(timeout: .now() + 1)
                return Made(key: 1)
            })
        }
        let identities = seen.all[1] ?? []
        #expect(identities.count == 2)
        #expect(Set(identities).count == 1)
    }

    @Test func storesReplacesAndForgets() {
        let dictionary = ConcurrentDictionary<String, Int>()
        #expect(dictionary["甲"] == nil)
        dictionary["甲"] = 1
        dictionary["乙"] = 2
        dictionary["甲"] = 3
        #expect(dictionary["甲"] == 3 && dictionary["乙"] == 2)
        #expect(dictionary.value(for: "乙") { 9 } == 2)
        dictionary["乙"] = nil
        #expect(dictionary["乙"] == nil)
        #expect(dictionary.value(for: "乙") { 9 } == 9)
    }
}
