/// Converts cmark's byte columns into character columns.
///
/// Lines are found only as far as a column is asked for (links come in the order of the
/// text, and a body without links needs none).
struct ColumnMap {
    private let utf8: [UInt8]
    /// The start of each line found so far; the next one is searched from the last.
    private var lineStarts: [Int] = [0]
    /// Whether every line start is in ``lineStarts``.
    private var isComplete = false

    init(utf8: [UInt8]) {
        self.utf8 = utf8
    }

    /// The 1-based character column of the 1-based `byteColumn` on 1-based `line`.
    mutating func characterColumn(line: Int, byteColumn: Int) -> Int {
        findLineStarts(through: line)
        guard line >= 1, line <= lineStarts.count, byteColumn >= 1 else { return max(byteColumn, 1) }
        let start = lineStarts[line - 1]
        let end = min(start + byteColumn - 1, utf8.count)
        var column = 1
        var index = start
        while index < end {
            // Count only bytes that start a scalar (not 10xxxxxx continuation bytes).
            if utf8[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }

    /// Finds line starts until `line`'s is known or the text ends.
    private mutating func findLineStarts(through line: Int) {
        guard !isComplete, lineStarts.count < line else { return }
        utf8.withUnsafeBufferPointer { bytes in
            var index = lineStarts[lineStarts.count - 1]
            while lineStarts.count < line {
                guard let newline = bytes[index...].firstIndex(of: 10) else {
                    isComplete = true
                    return
                }
                index = newline + 1
                lineStarts.append(index)
            }
        }
    }
}
