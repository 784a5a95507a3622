#if canImport(Glibc)
import Glibc
#endif

/// Prepares the C allocator of a process that builds sites.
///
/// A build allocates and frees millions of small blocks (strings, arrays, libcmark's and
/// libyaml's nodes) and hundreds of megabytes in buffers of tens of kilobytes. The executables
/// link mimalloc (`CMimalloc` in Package.swift), which then serves `malloc` and `free` for the
/// whole process, Swift's runtime and the C libraries included: a check of 10,000 generated
/// announcements took 8 % less CPU than with glibc's allocator tuned as below (medians of
/// alternating runs on two cores).
///
/// Where glibc's allocator serves them (SiteGenKit in another program), it is tuned instead.
/// With its defaults, blocks above 128 KB are mapped and unmapped one by one and the heap's top
/// is given back to the kernel as soon as it is free, so the same memory is faulted in again
/// and again; keeping it (up to 256 MB) and growing the heap in steps of 64 MB made cold builds
/// 5–7 % faster.
public enum AllocatorTuning {
    /// Which allocator serves the process, as ``apply()`` found it.
    public enum Outcome: Equatable, Sendable {
        /// mimalloc: nothing to set.
        case mimalloc
        /// glibc's allocator, which took every setting.
        case tunedGlibc
        /// Another allocator, or glibc refusing a setting: left with its defaults.
        case untouched
    }

    /// `mallopt`'s parameters (glibc's `malloc.h`, which Swift's Glibc module does not import).
    private enum Parameter: Int32 {
        case trimThreshold = -1
        case topPad = -2
        case mmapThreshold = -3
    }

    /// Finds the process's allocator and tunes glibc's.
    @discardableResult
    public static func apply() -> Outcome {
        #if canImport(Glibc)
        if servesWithMimalloc() { return .mimalloc }
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "mallopt") else { return .untouched }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let settings: [(Parameter, Int32)] = [(.trimThreshold, 256 << 20), (.topPad, 64 << 20), (.mmapThreshold, 32 << 20)]
        return settings.allSatisfy { mallopt($0.0.rawValue, $0.1) == 1 } ? .tunedGlibc : .untouched
        #else
        return .untouched
        #endif
    }

    #if canImport(Glibc)
    /// Whether a block from `malloc` lies in mimalloc's heap (the library being loaded is not
    /// enough: it must also come before glibc in the order symbols are looked up).
    private static func servesWithMimalloc() -> Bool {
        typealias Owns = @convention(c) (UnsafeRawPointer?) -> Bool
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "mi_is_in_heap_region"), let block = malloc(64) else { return false }
        defer { free(block) }
        return unsafeBitCast(symbol, to: Owns.self)(block)
    }
    #endif
}
