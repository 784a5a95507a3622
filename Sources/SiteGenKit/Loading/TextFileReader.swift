import Foundation

/// Reads content files as UTF-8 text, turning every failure into a diagnostic.
struct TextFileReader {
    /// The default largest file read (``SiteConfig/defaultMaximumFileSize``).
    static let defaultMaximumBytes = SiteConfig.defaultMaximumFileSize

    let fileSystem: any FileSystem
    let diagnostics: DiagnosticBag
    var maximumBytes = TextFileReader.defaultMaximumBytes

    /// The text of `path`, or nil after reporting why it cannot be had.
    func read(_ path: String) -> String? {
        let data: Data
        do {
            data = try fileSystem.contents(of: path, atMost: maximumBytes)
        } catch let large as FileTooLarge {
            diagnostics.error(
                at: SourceLocation(path: path),
                "file is \(Formatting.fileSize(large.size)), more than the limit of \(Formatting.fileSize(maximumBytes))",
                hint: "split it, or raise 'max_file_size_mb' in site.yaml if it really must be this large"
            )
            return nil
        } catch {
            diagnostics.error(at: SourceLocation(path: path), "file cannot be read", hint: "check that it exists and that you may read it")
            return nil
        }
        // A byte-order mark is dropped, as Foundation's decoding does.
        let hasByteOrderMark = data.starts(with: [0xEF, 0xBB, 0xBF])
        let bytes = hasByteOrderMark ? data.dropFirst(3) : data
        guard let text = String(validating: bytes, as: UTF8.self) else {
            reportEncoding(of: Array(bytes), path: path)
            return nil
        }
        return text
    }

    /// Names where a file stops being UTF-8 and, when the bytes read as GB18030 (GBK, GB2312),
    /// says so and how to convert it.
    private func reportEncoding(of bytes: [UInt8], path: String) {
        let bad = TextEncodings.firstInvalidUTF8(in: bytes)
        var line = 1
        var lineStart = 0
        for index in 0..<bad where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        // Columns count characters, as editors do: the valid UTF-8 before the bad byte.
        let column = String(decoding: bytes[lineStart..<bad], as: UTF8.self).count + 1
        let location = SourceLocation(path: path, line: line, column: column)
        let found = String(format: "0x%02X", bytes[bad])
        if TextEncodings.looksLikeGB18030(bytes) {
            diagnostics.error(
                at: location, "file is not UTF-8: byte \(found) here; it reads as GBK/GB18030, which editors on older Chinese systems save",
                hint: "convert it: iconv -f GB18030 -t UTF-8 '\(path)' > converted.md && mv converted.md '\(path)' (or in your editor: Save As… → Encoding → UTF-8)"
            )
        } else {
            diagnostics.error(at: location, "file is not valid UTF-8 text: byte \(found) here", hint: "save it as UTF-8 (in most editors: Save As… → Encoding → UTF-8)")
        }
    }
}
