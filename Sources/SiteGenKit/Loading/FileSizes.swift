/// Sizes of the files below `Content/files/`, for attachments.
struct FileSizes: Sendable {
    let fileSystem: any FileSystem
    let filesDirectory: String
    let files: Set<String>

    /// The size of `file` (below the files folder), or nil if there is no such file.
    func size(of file: String) -> Int? {
        guard files.contains(file) else { return nil }
        return (try? fileSystem.size(of: Path.join(filesDirectory, file))) ?? 0
    }
}
