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
        if let size = fileSystem.stamp(of: path)?.size, size > maximumBytes {
            diagnostics.error(
                at: SourceLocation(path: path),
                "file is \(Formatting.fileSize(size)), more than the limit of \(Formatting.fileSize(maximumBytes))",
                hint: "split it, or raise 'max_file_size_mb' in site.yaml if it really must be this large"
            )
            return nil
        }
        let data: Data
        do {
            data = try fileSystem.contents(of: path)
        } catch {
            diagnostics.error(at: SourceLocation(path: path), "file cannot be read", hint: "check that it exists and that you may read it")
            return nil
        }
        // A byte-order mark is dropped, as Foundation's decoding does.
        let hasByteOrderMark = data.starts(with: [0xEF, 0xBB, 0xBF])
        guard let text = String(validating: hasByteOrderMark ? data.dropFirst(3) : data, as: UTF8.self) else {
            diagnostics.error(at: SourceLocation(path: path), "file is not valid UTF-8 text", hint: "save it as UTF-8 (in most editors: Save As… → Encoding → UTF-8); GBK/GB2312 files must be converted")
            return nil
        }
        return text
    }
}
