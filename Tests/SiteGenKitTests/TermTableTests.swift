import Testing
@testable import SiteGenKit

/// The search index's table of terms numbers each term once, in the order first seen.
@Suite struct TermTableTests {
    @Test func numbersTermsInTheOrderFirstSeenAndKeepsThemWhenItGrows() {
        var table = TermTable(capacity: 2)
        // Keys that collide in a small table: multiples of a large power of two.
        let keys: [UInt64] = (0..<5000).map { UInt64($0) << 40 | UInt64($0 % 7) }
        for (number, key) in keys.enumerated() {
            #expect(table.number(of: key) == number)
        }
        for (number, key) in keys.enumerated().reversed() {
            #expect(table.number(of: key) == number)
        }
        #expect(table.count == keys.count)
        #expect(table.keys == keys)
        #expect(table.number(of: 0x1234) == keys.count)
    }

    @Test func zeroIsATermLikeAnyOther() {
        var table = TermTable()
        #expect(table.number(of: 0) == 0)
        #expect(table.number(of: 1) == 1)
        #expect(table.number(of: 0) == 0)
    }
}
