import Foundation

/// What a ``ContentKind`` needs to read its files: the folders, the file system, the Markdown
/// reader shared by all kinds, and where to report problems.
struct ContentLoading: Sendable {
    /// Where the site's folders are.
    let layout: SiteLayout
    /// How to read.
    let fileSystem: any FileSystem
    /// Reads Markdown files with front matter.
    let reader: MarkdownFileReader
    /// The Markdown engine, for bodies that are not whole files (member profiles in YAML).
    let markdown: any MarkdownConverter
    /// How Markdown is rendered.
    let options: MarkdownOptions
    /// The sizes of downloadable files below `Content/files/`.
    let fileSizes: FileSizes
    /// Whether drafts are kept.
    let includeDrafts: Bool
    /// Whether announcements dated after ``now`` are kept.
    let includeFuture: Bool
    /// The moment the site is built for, in the site's offset.
    let now: SiteDate?
    /// Where problems go.
    let diagnostics: DiagnosticBag
    /// What files loaded into in the session's earlier builds (`serve`), or nil.
    var cache: LoadCache?

    /// Reads every Markdown file of the content folder `folder` in parallel and decodes it with
    /// `decode` (which is given the file and its name below `folder`). Files that fail to load
    /// are recorded in `unloaded`.
    func loadFolder<Value: Sendable>(
        _ folder: String, unloaded: inout UnloadedContent,
        decode: @escaping @Sendable (MarkdownFileReader.ReadFile, String) -> Value?
    ) async -> [Value] {
        let directory = Path.join(layout.contentDirectory, folder)
        let files = markdownFiles(in: directory)
        let reader = self.reader
        let cache = self.cache
        let fileSystem = self.fileSystem
        // What the session's cache still holds is taken first, in one pass; only the other
        // files are read, on all cores.
        var results = [(value: Value?, stamp: FileStamp?)](repeating: (nil, nil), count: files.count)
        var unread: [Int] = []
        if let cache {
            let stamps = cache.stamps
            let previous = cache.folder(at: directory, as: Value.self)
            // Usually the same files in the same order; otherwise found by name.
            let samePositions = previous?.files == files
            let positionByName = samePositions ? [:] : Dictionary((previous?.files ?? []).enumerated().map { ($1, $0) }) { first, _ in first }
            for (position, relative) in files.enumerated() {
                let path = Path.join(directory, relative)
                let stamp = stamps[path] ?? fileSystem.stamp(of: path)
                results[position].stamp = stamp
                if let previous, let stamp, let old = samePositions ? position : positionByName[relative],
                   previous.stamps[old] == stamp, let value = previous.values[old] {
                    results[position].value = value
                } else {
                    unread.append(position)
                }
            }
        } else {
            unread = Array(files.indices)
        }
        let readingAhead = fileSystem.readingAhead(unread.map { Path.join(directory, files[$0]) })
        let read: [(position: Int, value: Value?)] = await ParallelMap.map(unread) { position in
            let relative = files[position]
            guard let file = reader.read(Path.join(directory, relative), contentPath: Path.join(folder, relative)) else { return (position, nil) }
            return (position, decode(file, relative))
        }
        readingAhead.wait()
        for (position, value) in read { results[position].value = value }
        let values = results.compactMap(\.value)
        if let cache {
            // Kept only when loading reported nothing about the file, so that its problems are
            // reported again by the next build.
            let reported = unread.isEmpty ? [] : Set(diagnostics.all.map(\.location.path))
            var kept = results.map(\.value)
            for position in unread where reported.contains(Path.join(directory, files[position])) { kept[position] = nil }
            cache.store(LoadCache.Folder(files: files, stamps: results.map(\.stamp), values: kept), at: directory)
        }
        for (relative, result) in zip(files, results) where result.value == nil {
            unloaded.contentPaths.insert(Path.join(folder, relative))
        }
        return values
    }

    /// The files below `directory`, without hidden ones; an error when it cannot be listed.
    func listFiles(_ directory: String) -> [String] {
        Self.listFiles(directory, fileSystem: fileSystem, diagnostics: diagnostics)
    }

    /// The files below `directory` in `fileSystem`, without hidden ones; an error when it cannot be listed.
    static func listFiles(_ directory: String, fileSystem: any FileSystem, diagnostics: DiagnosticBag) -> [String] {
        do {
            return try fileSystem.files(under: directory).filter { !Path.lastComponent($0).hasPrefix(".") }
        } catch {
            diagnostics.error(at: SourceLocation(path: directory), "folder cannot be listed", hint: "check that it is a folder you may read")
            return []
        }
    }

    private func markdownFiles(in directory: String) -> [String] {
        listFiles(directory).filter { path in
            if Path.fileExtension(path) == "md" { return true }
            diagnostics.warning(at: SourceLocation(path: Path.join(directory, path)), "file is not Markdown and is ignored", hint: "content files end in .md; put downloads under files/")
            return false
        }
    }
}
