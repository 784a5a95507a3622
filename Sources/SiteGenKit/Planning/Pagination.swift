/// Arithmetic of paginated lists.
enum Pagination {
    /// How many pages `count` items fill at `perPage` a page (at least one).
    static func pageCount(_ count: Int, perPage: Int) -> Int {
        max(1, (count + max(1, perPage) - 1) / max(1, perPage))
    }

    /// The page numbers a pager shows: the first, the last and the current one ± 2, ascending.
    static func window(current: Int, total: Int, radius: Int = 2) -> [Int] {
        guard total > 1 else { return [1] }
        var numbers = Set([1, total])
        for number in max(1, current - radius)...min(total, current + radius) { numbers.insert(number) }
        return numbers.sorted()
    }
}
