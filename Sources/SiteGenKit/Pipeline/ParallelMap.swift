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
