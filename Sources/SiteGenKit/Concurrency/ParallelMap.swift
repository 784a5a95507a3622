import Foundation

/// Structured-concurrency helpers that spread work over the machine's cores.
enum ParallelMap {
    /// Applies `transform` to every element in parallel, keeping the input order and dropping nils.
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element],
        _ transform: @escaping @Sendable (Element) -> Result?
    ) async -> [Result] {
        guard elements.count > 1 else { return elements.compactMap(transform) }
        let workers = min(elements.count, max(1, ProcessInfoCores.count))
        return await withTaskGroup(of: [(Int, Result)].self) { group in
            for worker in 0..<workers {
                group.addTask {
                    var results: [(Int, Result)] = []
                    var index = worker
                    while index < elements.count {
                        if let result = transform(elements[index]) { results.append((index, result)) }
                        index += workers
                    }
                    return results
                }
            }
            var all: [(Int, Result)] = []
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
        let parts = PartResults<Result>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var results: [Result] = []
            results.reserveCapacity(elements.count / workers + 1)
            var index = worker
            while index < elements.count {
                results.append(transform(elements[index]))
                index += workers
            }
            parts.store(results, for: worker)
        }
        let collected = parts.all
        var merged: [Result] = []
        merged.reserveCapacity(elements.count)
        for index in elements.indices {
            merged.append(collected[index % workers][index / workers])
        }
        return merged
    }
}

/// The results of each worker of ``ParallelMap/mapNow(_:_:)``.
private final class PartResults<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [[Result]]

    init(count: Int) {
        parts = Array(repeating: [], count: count)
    }

    func store(_ results: [Result], for worker: Int) {
        lock.lock()
        parts[worker] = results
        lock.unlock()
    }

    var all: [[Result]] {
        lock.lock()
        defer { lock.unlock() }
        return parts
    }
}
