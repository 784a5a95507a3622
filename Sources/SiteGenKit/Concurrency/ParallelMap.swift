import Foundation

/// Structured-concurrency helpers that spread work over the machine's cores.
///
/// Workers take the next few elements from a shared counter as they finish the last ones, so
/// that a worker slowed down — by the search index's thread beside it, by a file the kernel
/// is slow to create, by another process — leaves more of the work to the others instead of
/// finishing alone long after them (with a fixed share each, the load step of 30,000
/// announcements spent its last 0.9 s on one core).
enum ParallelMap {
    /// Applies `transform` to every element in parallel, keeping the input order and dropping nils.
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element],
        _ transform: @escaping @Sendable (Element) -> Result?
    ) async -> [Result] {
        guard elements.count > 1 else { return elements.compactMap(transform) }
        let workers = min(elements.count, max(1, ProcessInfoCores.count))
        let counter = WorkCounter(count: elements.count, workers: workers)
        return await withTaskGroup(of: [(Int, Result)].self) { group in
            for _ in 0..<workers {
                group.addTask {
                    var results: [(Int, Result)] = []
                    while let range = counter.take() {
                        for index in range {
                            if let result = transform(elements[index]) { results.append((index, result)) }
                        }
                    }
                    return results
                }
            }
            var all: [(Int, Result)] = []
            all.reserveCapacity(elements.count)
            for await part in group { all.append(contentsOf: part) }
            return all.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }
}

extension ParallelMap {
    /// Applies `transform` to every element on all cores and waits, keeping the input order:
    /// for synchronous steps with work per element (the mention scan).
    static func mapNow<Element: Sendable, Result: Sendable>(_ elements: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
        let workers = min(elements.count, max(1, ProcessInfoCores.count))
        guard workers > 1 else { return elements.map(transform) }
        let counter = WorkCounter(count: elements.count, workers: workers)
        return Array(unsafeUninitializedCapacity: elements.count) { buffer, initialized in
            // Each element's result is written in its own place, by whichever worker took it.
            let results = ResultSlots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let range = counter.take() {
                    for index in range { results.put(transform(elements[index]), at: index) }
                }
            }
            initialized = elements.count
        }
    }
}

/// Hands out the indices `0..<count` in consecutive runs, each to one taker.
private final class WorkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int
    /// Small enough that the workers end together, large enough that taking costs nothing.
    private let run: Int

    init(count: Int, workers: Int) {
        self.count = count
        run = max(1, min(32, count / (workers * 32)))
    }

    /// The next run of indices; nil when all are taken.
    func take() -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        let start = next
        next = min(count, next + run)
        return start..<next
    }
}

/// The memory of ``ParallelMap/mapNow(_:_:)``'s result, written by several workers at once,
/// each element by exactly one of them.
private struct ResultSlots<Result>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Result>

    func put(_ result: Result, at index: Int) {
        (buffer.baseAddress.unsafelyUnwrapped + index).initialize(to: result)
    }
}
