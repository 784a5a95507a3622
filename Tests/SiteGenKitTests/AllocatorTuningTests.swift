import Testing
@testable import SiteGenKit

@Suite struct AllocatorTuningTests {
    /// On Linux, glibc accepts every setting (a wrong parameter number or value is refused
    /// with 0); elsewhere nothing is applied.
    @Test func theAllocatorTakesTheSettings() {
        #if canImport(Glibc)
        #expect(AllocatorTuning.apply())
        #else
        #expect(!AllocatorTuning.apply())
        #endif
    }
}
