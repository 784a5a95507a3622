import Testing
@testable import SiteGenKit

@Suite struct AllocatorTuningTests {
    /// The tests link the executables' modules, which link mimalloc: it must then be what
    /// serves malloc (were it loaded after glibc, or dropped by the linker, glibc would be
    /// tuned instead); elsewhere nothing is applied.
    @Test func mimallocServesTheProcess() {
        #if canImport(Glibc)
        #expect(AllocatorTuning.apply() == .mimalloc)
        #else
        #expect(AllocatorTuning.apply() == .untouched)
        #endif
    }
}
