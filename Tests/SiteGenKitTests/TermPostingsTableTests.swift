import Testing
@testable import SiteGenKit

/// The search index's table of terms keeps each term's postings in place, through growth.
@Suite struct TermPostingsTableTests {
    @Test func findsEveryTermAgainAfterItGrowsAndDrainsEachOnce() {
        var table = TermPostingsTable(capacity: 2)
        // Keys that collide in a small table: multiples of a large power of two, and zero.
        let keys: [UInt64] = [0] + (1..<3000).map { UInt64($0) << 40 | UInt64($0 % 7) }
        for (document, key) in keys.enumerated() {
            table.postings(of: key).pointee.add(document, count: 1, inTitle: false)
        }
        // Every term again, in reverse: the same postings, which now name a second document.
        for key in keys.reversed() {
            table.postings(of: key).pointee.add(5000, count: 2, inTitle: true)
        }
        #expect(table.count == keys.count)
        var drained: [UInt64: [UInt8]] = [:]
        table.drain { term, data in
            #expect(drained[term] == nil, "each term once")
            drained[term] = data
        }
        #expect(Set(drained.keys) == Set(keys))
        for (document, key) in keys.enumerated() {
            var expected: [UInt8] = []
            SearchIndex.append(document, to: &expected)
            SearchIndex.append(2, to: &expected)
            SearchIndex.append(5000 - document - 1, to: &expected)
            SearchIndex.append(5, to: &expected)
            #expect(drained[key] == expected, "term \(key)")
        }
        #expect(table.count == 0)
        // Usable again after draining.
        table.postings(of: 7).pointee.add(0, count: 1, inTitle: true)
        #expect(table.count == 1)
        table.release()
    }

    @Test func positionsAreWrittenAsGaps() {
        var postings = TermPostings()
        [3, 4, 10].map(Int32.init).withUnsafeBufferPointer { postings.add(2, positions: $0) }
        [0].map(Int32.init).withUnsafeBufferPointer { postings.add(40, positions: $0) }
        var expected: [UInt8] = []
        for number in [2, 3, 3, 0, 5, 37, 1, 0] { SearchIndex.append(number, to: &expected) }
        #expect(postings.data == expected)
        postings.release()
        #expect(postings.data.isEmpty)
    }
}
