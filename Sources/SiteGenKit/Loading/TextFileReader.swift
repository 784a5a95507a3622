import Foundation

/// Reads content files as UTF-8 text, turning every failure into a diagnostic.
struct TextFileReader {
    let fileSystem: any FileSystem
    let diagnostics: DiagnosticBag

    /// The text of `path`, or nil after reporting why it cannot be had.
    func read(_ path: String) -> String? {
        let data: Data
        do {
            data = try fileSystem.contents(of: path)
        } catch {
            diagnostics.error(at: SourceLocation(path: path), "file cannot be read", hint: "check that it exists and that you may read it")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.error(at: SourceLocation(path: path), "file is not valid UTF-8 text", hint: "save it as UTF-8 (in most editors: Save As… → Encoding → UTF-8); GBK/GB2312 files must be converted")
            return nil
        }
        return text
    }
}
