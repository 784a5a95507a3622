import Foundation

/// The site search's index, written under `search/` as script files that
/// `Templates/assets/search.js` loads with `<script>` elements (so that it works from disk,
/// where browsers refuse `fetch` of `file:` URLs).
///
/// - `search/meta.js`: the index's version (a hash of its files), how many shards and documents.
/// - `search/s/<n>.js`: one shard of the postings. A term is in shard
///   `fnv1a32(its UTF-8) mod shards`, so a query loads only the shards of its terms. Terms are
///   CJK characters (the documents they occur in, for one-character queries), pairs of adjacent
///   CJK characters and lowercase ASCII words (with their positions, so that a phrase is found
///   exactly: every pair and word at the right distance).
/// - `search/f/<n>.js`: consecutive documents — each one's title, link, kind, date and plain
///   text — up to about ``targetDocumentFileBytes`` (a longer document alone), loaded only for
///   the results shown, to make their snippets. Bundling keeps the number of files small (a
///   site of 10,000 announcements would otherwise get 10,000 more files to write and upload);
///   `meta.js` says how many documents each file holds.
///
/// Positions count tokens (see ``SearchTokenizer``); the title's start at 0, the text's at
/// ``bodyStart``, so a position below it is a hit in the title. Numbers are written as
/// variable-length digits of ``alphabet``: five bits per character, the low bits first, a
/// character from its second half meaning that more follow.
struct SearchIndex: Sendable {
    /// One searchable page.
    struct Document: Sendable {
        /// Its title.
        var title: String
        /// Its URL relative to the top of the site.
        var href: String
        /// What it is, as shown (通知公告).
        var kind: String
        /// Its date as YYYY-MM-DD, or "".
        var date: String
        /// Its plain text, without the title: `lines`, the text of `html`, then `closingLines`.
        var text: String { String(decoding: textUTF8, as: UTF8.self) }

        /// ``text`` as UTF-8, made without a string.
        var textUTF8: [UInt8] {
            var bytes: [UInt8] = []
            func add(_ part: some Collection<UInt8>) {
                guard !part.isEmpty else { return }
                if !bytes.isEmpty { bytes.append(0x0A) }
                bytes.append(contentsOf: part)
            }
            for line in lines { if let line { add(line.utf8) } }
            if let html {
                let body = HTMLPlainText.utf8(of: html.bytes)
                if bytes.isEmpty { bytes = body } else { add(body) }
            }
            for line in closingLines { if let line { add(line.utf8) } }
            return bytes
        }
        /// Lines of text before the body (summary, short name …); nil and empty ones are skipped.
        var lines: [String?]
        /// The body's HTML, made plain text when the index is written (in parallel).
        var html: MarkdownHTML?
        /// Lines after the body (authors, tags): found by a search, shown in a snippet only
        /// when they hold the words searched for.
        var closingLines: [String?]

        /// A document.
        init(title: String, href: String, kind: String, date: String, lines: [String?], html: MarkdownHTML?, closingLines: [String?] = []) {
            self.title = title
            self.href = href
            self.kind = kind
            self.date = date
            self.lines = lines
            self.html = html
            self.closingLines = closingLines
        }

        /// A document of plain text (tests).
        init(title: String, href: String, kind: String, date: String, text: String) {
            self.init(title: title, href: href, kind: kind, date: date, lines: [text], html: nil)
        }
    }

    /// The position of a document's first text token; title tokens come before it.
    static let bodyStart = 1024
    /// Title tokens from here on are not indexed.
    static let titleLimit = 1000
    /// The size a shard should have at most, roughly, in bytes.
    static let targetShardBytes = 12_000
    /// The size a file of documents should have at most, roughly, in bytes.
    static let targetDocumentFileBytes = 16_000
    /// The most shards an index has.
    static let maximumShards = 4096
    /// The 64 digits of the number encoding: the first 32 end a number, the others continue it.
    /// (A constant rather than a stored array, so that reading a digit needs no lazy global's check.)
    static var alphabet: StaticString { "0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZ-_.~!*" }

    /// The documents, in index order: pages, members, initiatives, reports, then announcements
    /// oldest first (so that a new announcement adds a document rather than renumbering them).
    let documents: [Document]

    /// Collects the documents of `site`; words come from `strings`.
    init(site: Site, strings: StringsTable) {
        let root = Links(origin: .home, absoluteBase: nil)
        var documents: [Document] = []
        for page in site.pages {
            documents.append(Document(
                title: page.title, href: root.href(Routes.page(slug: page.slug)), kind: strings.text(.searchKindPage), date: "",
                lines: [page.summary], html: page.body.html
            ))
        }
        for member in site.members {
            let place = member.region + (member.city ?? "")
            documents.append(Document(
                title: member.name, href: root.href(Routes.member(id: member.id)), kind: strings.text(.searchKindMember), date: "",
                lines: [member.shortName, strings.name(of: member.type), place, member.summary], html: member.profile?.html
            ))
        }
        for initiative in site.initiatives {
            documents.append(Document(
                title: initiative.title, href: root.href(Routes.initiative(slug: initiative.slug)), kind: strings.text(.searchKindInitiative), date: "",
                lines: [initiative.summary], html: initiative.body.html
            ))
        }
        for report in site.reports {
            documents.append(Document(
                title: report.title, href: root.href(Routes.report(year: report.year)), kind: strings.text(.searchKindReport), date: "",
                lines: [report.summary], html: report.body.html
            ))
        }
        for announcement in site.announcements.reversed() {
            // An automatic summary is the start of the text: only a written one adds words.
            let lead = announcement.body.leadParagraph ?? ""
            let summary = lead.utf8.starts(with: announcement.summary.utf8) ? nil : announcement.summary
            documents.append(Document(
                title: announcement.title, href: root.href(Routes.announcement(slug: announcement.slug)), kind: strings.text(.searchKindAnnouncement),
                date: announcement.date.isoDate,
                lines: [announcement.documentNumber, announcement.issuer, summary], html: announcement.body.html,
                closingLines: [announcement.authors.joined(separator: "、"), announcement.tags.joined(separator: " ")]
            ))
        }
        self.documents = documents
    }

    /// An index of `documents` as they are (tests).
    init(documents: [Document]) {
        self.documents = documents
    }

    /// Receives each file of the index (its path below the output folder and its bytes), from
    /// several threads at once.
    typealias FileSink = @Sendable (_ path: String, _ bytes: [UInt8]) -> Void

    /// How many documents are prepared at a time: only their terms are held before they join
    /// the postings, so memory does not grow with the site's text.
    static let batchSize = 256

    /// Writes every file of the index through `sink`, on all cores, and returns their paths in
    /// a fixed order (`meta.js`, the shards, the documents); the same documents always give the
    /// same bytes.
    @discardableResult
    func write(to sink: @escaping FileSink) -> [String] {
        let documents = self.documents
        let partitions = max(1, ProcessInfoCores.count)
        let postings = (0..<partitions).map { _ in PostingsPartition() }
        var documentFileHashes: [UInt64] = []
        documentFileHashes.reserveCapacity(documents.count)
        // The number of documents in each file of documents.
        var fileSizes: [Int] = []
        for batchStart in stride(from: 0, to: documents.count, by: Self.batchSize) {
            // Each document's terms and its part of a file of documents.
            let batch = Array(batchStart..<min(batchStart + Self.batchSize, documents.count))
            let prepared = ParallelMap.mapNow(batch) { id in
                let document = documents[id]
                let text = document.textUTF8
                var fragment = Array("sitegenSearch.doc(\(id),{\"t\":".utf8)
                fragment.reserveCapacity(text.count + 256)
                for (key, value) in [("", document.title), (",\"u\":", document.href), (",\"k\":", document.kind), (",\"d\":", document.date)] {
                    fragment.append(contentsOf: key.utf8)
                    Escaping.appendJavaScriptString(value, to: &fragment)
                }
                fragment.append(contentsOf: ",\"x\":".utf8)
                text.withUnsafeBufferPointer { Escaping.appendJavaScriptString(utf8: $0, to: &fragment) }
                fragment.append(contentsOf: "});\n".utf8)
                return (terms: Self.terms(title: document.title, textUTF8: text), fragment: fragment)
            }
            // Consecutive documents share a file up to its size (files never span batches, so
            // that the same documents always make the same files), written on all cores.
            var files: [(number: Int, fragments: ArraySlice<(terms: SearchPostings.DocumentTerms, fragment: [UInt8])>)] = []
            var start = 0
            var bytes = 0
            for (offset, document) in prepared.enumerated() {
                if offset > start, bytes + document.fragment.count > Self.targetDocumentFileBytes {
                    files.append((fileSizes.count + files.count, prepared[start..<offset]))
                    start = offset
                    bytes = 0
                }
                bytes += document.fragment.count
            }
            if start < prepared.count { files.append((fileSizes.count + files.count, prepared[start..<prepared.count])) }
            fileSizes += files.map(\.fragments.count)
            documentFileHashes += ParallelMap.mapNow(files) { number, fragments in
                var bytes: [UInt8] = []
                bytes.reserveCapacity(fragments.reduce(32) { $0 + $1.fragment.count })
                for fragment in fragments { bytes.append(contentsOf: fragment.fragment) }
                bytes.append(contentsOf: "sitegenSearch.docs(\(number));\n".utf8)
                sink("search/f/\(number).js", bytes)
                return Self.stableHash(bytes)
            }
            // Each partition of the terms joins its postings on a core of its own.
            _ = ParallelMap.mapNow(Array(0..<partitions)) { partition in
                let partitionPostings = postings[partition]
                // By index: each document's terms are read in place, not copied.
                for offset in prepared.indices {
                    partitionPostings.postings.add(prepared[offset].terms, id: batchStart + offset, partition: partition, of: partitions)
                }
            }
        }
        let entries = ParallelMap.mapNow(postings) { $0.postings.takeEntries() }.flatMap { $0 }

        let totalBytes = entries.reduce(0) { $0 + $1.token.count + $1.data.count + 6 }
        var shardCount = 1
        while shardCount < Self.maximumShards, totalBytes / shardCount > Self.targetShardBytes { shardCount *= 2 }
        var shards = Array(repeating: [(token: [UInt8], data: [UInt8])](), count: shardCount)
        for entry in entries { shards[Int(Self.hash(entry.token) % UInt32(shardCount))].append(entry) }

        let shardHashes = ParallelMap.mapNow(Array(shards.enumerated())) { number, shard in
            var bytes: [UInt8] = Array("sitegenSearch.shard(\(number),{".utf8)
            for (offset, entry) in shard.sorted(by: { $0.token.lexicographicallyPrecedes($1.token) }).enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                // Tokens are lowercase ASCII letters and digits or CJK characters, the data
                // digits of the alphabet: neither needs escaping.
                bytes.append(UInt8(ascii: "\""))
                bytes.append(contentsOf: entry.token)
                bytes.append(contentsOf: "\":\"".utf8)
                bytes.append(contentsOf: entry.data)
                bytes.append(UInt8(ascii: "\""))
            }
            bytes.append(contentsOf: "});\n".utf8)
            sink("search/s/\(number).js", bytes)
            return Self.stableHash(bytes)
        }
        // The index's version: search.js asks for the other files with `?v=` and it, so that a
        // browser never mixes files of two builds from its cache (meta.js it always asks anew).
        var hash = StableHash()
        for part in shardHashes + documentFileHashes { hash.combine(part) }
        let version = String(hash.hex.prefix(12))
        var sizes: [UInt8] = []
        for size in fileSizes { Self.append(size, to: &sizes) }
        sink("search/meta.js", Array("sitegenSearch.meta({\"version\":\"\(version)\",\"shards\":\(shardCount),\"documents\":\(documents.count),\"files\":\"\(String(decoding: sizes, as: UTF8.self))\",\"bodyStart\":\(Self.bodyStart)});\n".utf8))
        return ["search/meta.js"] + (0..<shardCount).map { "search/s/\($0).js" } + fileSizes.indices.map { "search/f/\($0).js" }
    }

    /// Every file of the index with its text, in the order of ``write(to:)`` (tests).
    func files() -> [(path: String, text: String)] {
        let collected = Collected()
        let paths = write { path, bytes in collected.add(path, String(decoding: bytes, as: UTF8.self)) }
        let texts = collected.all
        return paths.map { ($0, texts[$0] ?? "") }
    }

    /// One partition's postings, filled by one core at a time.
    private final class PostingsPartition: @unchecked Sendable {
        var postings = SearchPostings()

        deinit { postings.release() }
    }

    /// The files of ``files()``.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var texts: [String: String] = [:]

        func add(_ path: String, _ text: String) {
            lock.lock()
            texts[path] = text
            lock.unlock()
        }

        var all: [String: String] {
            lock.lock()
            defer { lock.unlock() }
            return texts
        }
    }

    /// The ``StableHash`` of `bytes`, as one number.
    private static func stableHash(_ bytes: [UInt8]) -> UInt64 {
        var hash = StableHash()
        bytes.withUnsafeBytes { hash.combine($0) }
        return hash.value
    }

    /// The terms of one document's title and text with their positions.
    static func terms(title: String, text: String) -> SearchPostings.DocumentTerms {
        terms(title: title, textUTF8: Array(text.utf8))
    }

    /// The terms of one document's title and text (valid UTF-8) with their positions.
    static func terms(title: String, textUTF8 text: [UInt8]) -> SearchPostings.DocumentTerms {
        // A character takes at least one byte, so the bytes bound how many there are.
        var collector = TermCollector(capacity: title.utf8.count + text.count + 1)
        defer { collector.deallocate() }
        collector.limit = titleLimit
        var titleTokens = SearchTokenizer(position: 0)
        titleTokens.feed(title, into: &collector)
        titleTokens.finish(into: &collector)
        collector.previousPosition = -2
        collector.limit = SearchPostings.positionLimit
        var body = SearchTokenizer(position: bodyStart)
        text.withUnsafeBufferPointer { body.feed($0, into: &collector) }
        body.finish(into: &collector)
        var terms = SearchPostings.DocumentTerms()
        terms.characters = collector.characters.finish()
        terms.pairs = TermOccurrences(
            UnsafeBufferPointer(start: collector.pairs, count: collector.pairCount),
            UnsafeBufferPointer(start: collector.pairPositions, count: collector.pairCount)
        )
        terms.words = collector.words
        return terms
    }

    /// The occurrences of a document's terms, as its tokens come: characters counted, pairs in
    /// buffers made once for as many as the document can have (an array's checks on every
    /// append cost more here than the tokens themselves).
    private struct TermCollector: SearchTokenSink {
        let capacity: Int
        var characters = CharacterCounts.Counter()
        let pairs: UnsafeMutablePointer<UInt64>
        let pairPositions: UnsafeMutablePointer<Int32>
        private(set) var pairCount = 0
        var words: [[UInt8]: [Int32]] = [:]
        var previousScalar: UInt32 = 0
        /// The previous character's position; a pair is two characters at neighbouring ones.
        var previousPosition = -2
        /// Tokens at this position or later are not indexed.
        var limit = 0

        /// Room for `capacity` pairs.
        init(capacity: Int) {
            self.capacity = capacity
            pairs = .allocate(capacity: capacity)
            pairPositions = .allocate(capacity: capacity)
        }

        /// Frees the buffers.
        func deallocate() {
            pairs.deallocate()
            pairPositions.deallocate()
        }

        mutating func character(_ scalar: UInt32, at position: Int) {
            guard position < limit else { return }
            characters.add(scalar, inTitle: position < SearchIndex.bodyStart)
            if previousPosition == position - 1, pairCount < capacity {
                pairs[pairCount] = UInt64(previousScalar) << 21 | UInt64(scalar)
                pairPositions[pairCount] = Int32(position - 1)
                pairCount += 1
            }
            previousScalar = scalar
            previousPosition = position
        }

        mutating func word(_ bytes: [UInt8], at position: Int) {
            guard position < limit else { return }
            words[bytes, default: []].append(Int32(position))
            previousPosition = -2
        }
    }

    /// FNV-1a, 32 bits: the shard of a term (`search.js` computes the same).
    static func hash(_ bytes: [UInt8]) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    /// The most digits a number (`Int`) takes in the index's number encoding.
    static let maximumDigits = 13

    /// The digit `digit` (0–63) of ``alphabet``.
    @inline(__always)
    private static func digit(_ digit: Int) -> UInt8 {
        alphabet.utf8Start[digit & 63]
    }

    /// Appends `value` in the index's number encoding.
    static func append(_ value: Int, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumDigits) { buffer in
            var written = 0
            put(value, into: buffer, at: &written)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<written]))
        }
    }

    /// Writes `value` in the index's number encoding at `buffer[written...]` (room for
    /// ``maximumDigits`` must be there) and advances `written`.
    @inline(__always)
    static func put(_ value: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at written: inout Int) {
        guard let base = buffer.baseAddress else { return }
        var cursor = base + written
        put(value, at: &cursor)
        written = cursor - base
    }

    /// Writes `value` in the index's number encoding at `cursor` (room for ``maximumDigits``
    /// must be there) and advances it.
    @inline(__always)
    static func put(_ value: Int, at cursor: inout UnsafeMutablePointer<UInt8>) {
        var value = value
        while value >= 32 {
            cursor.pointee = digit(32 + (value & 31))
            cursor += 1
            value >>= 5
        }
        cursor.pointee = digit(value)
        cursor += 1
    }
}
