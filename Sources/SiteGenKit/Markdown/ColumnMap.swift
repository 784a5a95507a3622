/// Converts cmark's byte columns into character columns.
struct ColumnMap {
    private let utf8: [UInt8]
    private var lineStarts: [Int] = [0]

    init(utf8: [UInt8]) {
        self.utf8 = utf8
        for (index, byte) in utf8.enumerated() where byte == 10 { lineStarts.append(index + 1) }
    }

    /// The 1-based character column of the 1-based `byteColumn` on 1-based `line`.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
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
}
