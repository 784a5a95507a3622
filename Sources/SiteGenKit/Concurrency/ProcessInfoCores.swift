import Foundation

/// The number of cores work is spread over.
enum ProcessInfoCores {
    /// Active processor count (at least 1).
    static var count: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
