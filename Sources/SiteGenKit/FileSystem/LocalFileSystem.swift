import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real disk, through Foundation's `FileManager`.
public struct LocalFileSystem: FileSystem {
    /// Creates a file system rooted at the process's current directory (relative paths resolve there).
    public init() {}

    /// Reads with plain POSIX calls: `Data(contentsOf:)` first makes a `URL` of the path, which
    /// costs as much as reading a small file.
    public func contents(of path: String) throws -> Data {
        try contents(of: path, atMost: Int.max)
    }

    /// Reads like ``contents(of:)``; the size is taken from the open file, so a file too large
    /// costs no more than one that is read.
    public func contents(of path: String, atMost limit: Int) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError(path: path, reason: "cannot be read") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw FileSystemError(path: path, reason: "cannot be read") }
        if Int(info.st_size) > limit { throw FileTooLarge(path: path, size: Int(info.st_size)) }
        // One byte more than the size, so that the read that finds the end needs no more room;
        // the bytes are read into memory that is neither zeroed first nor copied afterwards.
        var capacity = max(Int(info.st_size), 0) + 1
        guard var bytes = malloc(capacity) else { throw FileSystemError(path: path, reason: "cannot be read") }
        var total = 0
        // Read until the end, whatever the size said: a file may grow while it is read.
        while true {
            if total == capacity {
                capacity += max(4096, capacity / 2)
                guard let grown = realloc(bytes, capacity) else {
                    free(bytes)
                    throw FileSystemError(path: path, reason: "cannot be read")
                }
                bytes = grown
            }
            let count = posixRead(descriptor, bytes + total, capacity - total)
            if count < 0 {
                if errno == EINTR { continue }
                free(bytes)
                throw FileSystemError(path: path, reason: "cannot be read")
            }
            if count == 0 { break }
            total += count
        }
        return Data(bytesNoCopy: bytes, count: total, deallocator: .free)
    }

    public func itemKind(at path: String) -> FileItemKind? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue ? .directory : .file
    }

    /// Lists with `opendir`/`readdir`: several times faster than `FileManager`'s enumerator on
    /// folders of thousands of announcements.
    public func files(under directory: String) throws -> [String] {
        guard itemKind(at: directory) == .directory else { return [] }
        let realRoot = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path + "/"
        var result: [String] = []
        let listed = walk(directory, relative: "") { path, relative, kind in
            switch kind {
            case Int32(DT_REG):
                result.append(relative)
            case Int32(DT_LNK):
                // A link is followed only when it stays inside the folder (see linksLeaving).
                let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
                if target.path.hasPrefix(realRoot), itemKind(at: target.path) == .file { result.append(relative) }
            default:
                break
            }
        }
        guard listed else { throw FileSystemError(path: directory, reason: "cannot be listed") }
        return result.sorted()
    }

    /// One walk of the folders that asks each folder for its entries' stamps (`fstatat`, on all
    /// cores for a large folder) rather than a stat of every file by its whole path.
    /// Symbolic links are followed as ``files(under:)`` follows them.
    public func stamps(under directory: String) throws -> [(file: String, stamp: FileStamp)] {
        guard itemKind(at: directory) == .directory else { return [] }
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError(path: directory, reason: "cannot be listed") }
        var (result, links) = Self.collectStamps(descriptor, relative: "")
        if !links.isEmpty {
            let followed = Set(try files(under: directory))
            for link in links where followed.contains(link) {
                if let stamp = stamp(of: Path.join(directory, link)) { result.append((link, stamp)) }
            }
        }
        return result.sorted { $0.file < $1.file }
    }

    /// Every regular file below the open folder `descriptor` (closed when done) with its stamp,
    /// and every symbolic link. A folder of many entries is looked at on all cores, and so are
    /// its subfolders when it has many (an output folder: thousands of pages, a folder each).
    private static func collectStamps(_ descriptor: Int32, relative: String) -> (stamps: [(file: String, stamp: FileStamp)], links: [String]) {
        guard let handle = fdopendir(descriptor) else {
            close(descriptor)
            return ([], [])
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = Self.name(of: entry)
            if name != "." && name != ".." { names.append(name) }
        }
        // The kernel's lookup of each name is most of the time: thousands of them on all cores.
        let look = { @Sendable (name: String) -> stat? in
            var info = stat()
            return fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 ? info : nil
        }
        let infos = names.count < 512 ? names.map(look) : ParallelMap.mapNow(names, look)
        var stamps: [(file: String, stamp: FileStamp)] = []
        var links: [String] = []
        var folders: [(name: String, relative: String)] = []
        for (name, info) in zip(names, infos) {
            guard let info else { continue }
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                folders.append((name, relativePath))
            case S_IFREG:
                let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
                stamps.append((relativePath, FileStamp(size: Int(info.st_size), modified: modified, identity: UInt64(info.st_ino))))
            case S_IFLNK:
                links.append(relativePath)
            default:
                break
            }
        }
        let visit = { @Sendable (folder: (name: String, relative: String)) -> (stamps: [(file: String, stamp: FileStamp)], links: [String]) in
            let child = openat(descriptor, folder.name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            return child >= 0 ? collectStamps(child, relative: folder.relative) : ([], [])
        }
        for found in folders.count < 64 ? folders.map(visit) : ParallelMap.mapNow(folders, visit) {
            stamps += found.stamps
            links += found.links
        }
        return (stamps, links)
    }

    /// The name of a directory entry `readdir` gave.
    private static func name(of entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    public func linksLeaving(_ directory: String) -> [String] {
        guard itemKind(at: directory) == .directory else { return [] }
        let realRoot = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path + "/"
        var result: [String] = []
        _ = walk(directory, relative: "") { path, relative, kind in
            guard kind == Int32(DT_LNK) else { return }
            if !URL(fileURLWithPath: path).resolvingSymlinksInPath().path.hasPrefix(realRoot) { result.append(relative) }
        }
        return result.sorted()
    }

    /// Calls `visit` with the path, relative path and `DT_` kind of every entry below
    /// `absolute`, with `readdir` (Foundation's enumerator costs more than the rest of loading
    /// on folders of thousands of files); links to folders are not entered. False if
    /// `absolute` itself cannot be opened.
    private func walk(_ absolute: String, relative: String, _ visit: (String, String, Int32) -> Void) -> Bool {
        guard let handle = opendir(absolute) else { return false }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = Self.name(of: entry)
            if name == "." || name == ".." { continue }
            let path = absolute + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var kind = Int32(entry.pointee.d_type)
            if kind == Int32(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                kind = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (info.st_mode & S_IFMT) == S_IFLNK ? Int32(DT_LNK) : Int32(DT_REG)
            }
            if kind == Int32(DT_DIR) {
                _ = walk(path, relative: relativePath, visit)
            } else {
                visit(path, relativePath, kind)
            }
        }
        return true
    }

    /// Asks the kernel to read the files ahead (`posix_fadvise(WILLNEED)`): the reads that
    /// follow then find them in memory. Files not in memory (after a reboot, or reclaimed since
    /// the last build) would otherwise come from the disk one at a time per reading thread.
    ///
    /// Files go in groups of ``readAheadGroupSize``; a group whose first file is in memory
    /// already is skipped (files written together are cached together), so that a site in
    /// memory — every build after the first — pays one look per group instead of opening
    /// every file twice.
    public func readAhead(_ paths: [String]) {
        var start = 0
        while start < paths.count {
            let group = paths[start..<min(start + Self.readAheadGroupSize, paths.count)]
            start = group.endIndex
            if let first = group.first, Self.isInMemory(first) { continue }
            for path in group {
                let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
                guard descriptor >= 0 else { continue }
                _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_WILLNEED)
                close(descriptor)
            }
        }
    }

    /// How many files ``readAhead(_:)`` judges by the first of them.
    static let readAheadGroupSize = 32

    /// Whether the start of the file at `path` is in the page cache (`mincore` of its first
    /// page); an empty file counts as in memory, one that cannot be mapped as not.
    static func isInMemory(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return false }
        guard info.st_size > 0 else { return true }
        let length = min(Int(info.st_size), Int(sysconf(Int32(_SC_PAGESIZE))))
        guard let mapping = mmap(nil, length, PROT_READ, MAP_SHARED, descriptor, 0), mapping != MAP_FAILED else { return false }
        defer { munmap(mapping, length) }
        var resident: UInt8 = 0
        guard mincore(mapping, length, &resident) == 0 else { return false }
        return resident & 1 == 1
    }

    /// With `stat`: Foundation's attributes also look the owner's name up in `/etc/passwd` and
    /// `/etc/group`, each time.
    public func size(of path: String) throws -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { throw FileSystemError(path: path, reason: "cannot be read") }
        return Int(info.st_size)
    }

    /// Writes with plain POSIX calls: Foundation's `Data.write` syncs every file to disk, which
    /// makes writing thousands of pages many times slower and buys nothing here, since a build
    /// becomes visible only when its staging folder is renamed into place. The file is always
    /// created anew (`O_EXCL`; an existing one is unlinked first), so a hard link elsewhere to
    /// the old file keeps the old bytes.
    public func write(_ data: Data, to path: String) throws {
        _ = try write(data, to: path, stamped: false)
    }

    /// Writes and takes the stamp from the open file, without looking its path up again.
    public func writeStamped(_ data: Data, to path: String) throws -> FileStamp? {
        try write(data, to: path, stamped: true)
    }

    private func write(_ data: Data, to path: String, stamped: Bool) throws -> FileStamp? {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
        var descriptor = open(path, flags, 0o644)
        if descriptor < 0, errno == EEXIST {
            unlink(path)
            descriptor = open(path, flags, 0o644)
        }
        if descriptor < 0, errno == ENOENT {
            let parent = Path.directory(of: path)
            if !parent.isEmpty { try createDirectory(at: parent) }
            descriptor = open(path, flags, 0o644)
        }
        guard descriptor >= 0 else { throw FileSystemError(path: path, reason: "cannot be written") }
        defer { close(descriptor) }
        let complete = data.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let written = posixWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
        guard complete else { throw FileSystemError(path: path, reason: "cannot be written") }
        guard stamped else { return nil }
        var info = stat()
        return fstat(descriptor, &info) == 0 ? Self.stamp(of: info) : nil
    }

    public func stamp(of path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Self.stamp(of: info)
    }

    /// The stamp of a file with the status `info`.
    private static func stamp(of info: stat) -> FileStamp {
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return FileStamp(size: Int(info.st_size), modified: modified, identity: UInt64(info.st_ino))
    }

    public func link(from source: String, to destination: String) throws {
        if posixLink(source, destination) == 0 { return }
        if errno == ENOENT {
            let parent = Path.directory(of: destination)
            if !parent.isEmpty { try createDirectory(at: parent) }
            if posixLink(source, destination) == 0 { return }
        }
        throw FileSystemError(path: destination, reason: "cannot be linked to \(source)")
    }

    public func copyFile(from source: String, to destination: String) throws {
        let parent = Path.directory(of: destination)
        if !parent.isEmpty { try createDirectory(at: parent) }
        do {
            if itemKind(at: destination) != nil {
                try FileManager.default.removeItem(atPath: destination)
            }
            try FileManager.default.copyItem(atPath: source, toPath: destination)
        } catch {
            throw FileSystemError(path: destination, reason: "cannot be copied from \(source)")
        }
    }

    /// One `mkdir` when the parent exists (as it does for all but the first page of a
    /// folder); Foundation's recursive creation only when it does not.
    public func createDirectory(at path: String) throws {
        if mkdir(path, 0o755) == 0 { return }
        if errno == EEXIST, itemKind(at: path) == .directory { return }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw FileSystemError(path: path, reason: "directory cannot be created")
        }
    }

    public func removeItem(at path: String) throws {
        guard itemKind(at: path) != nil else { return }
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw FileSystemError(path: path, reason: "cannot be removed")
        }
    }

    public func moveItem(from source: String, to destination: String) throws {
        do {
            try FileManager.default.moveItem(atPath: source, toPath: destination)
        } catch {
            throw FileSystemError(path: source, reason: "cannot be moved to \(destination)")
        }
    }
}

/// The C library's `link`, under a name that the `link` method above does not shadow.
private func posixLink(_ source: String, _ destination: String) -> Int32 {
    link(source, destination)
}

/// The C library's `read`, under a name that no method here shadows.
private func posixRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, bytes, count)
}

/// The C library's `write`, under a name that the `write` methods above do not shadow.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
