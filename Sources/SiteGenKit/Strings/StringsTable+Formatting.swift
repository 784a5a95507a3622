/// Values shown to readers in the table's words.
extension StringsTable {
    /// A date as readers of `language` expect it: written out by this table (2025年9月29日) for
    /// Chinese, `2025-09-29` otherwise.
    func displayDate(_ date: SiteDate, language: String) -> String {
        Formatting.isChinese(language) ? longDate(date) : date.isoDate
    }

    /// The kind of a file, by its extension, as readers name it.
    func fileKind(_ path: String) -> String {
        switch Path.fileExtension(path) {
        case "pdf": return "PDF"
        case "doc", "docx", "wps": return "Word"
        case "xls", "xlsx", "et": return "Excel"
        case "ppt", "pptx", "dps": return "PowerPoint"
        case "zip", "rar", "7z": return text(.archiveFile)
        case "png", "jpg", "jpeg", "gif", "webp", "svg": return text(.imageFile)
        case "": return text(.otherFile)
        case let other: return other.uppercased()
        }
    }
}
