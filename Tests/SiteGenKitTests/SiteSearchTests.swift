import Foundation
import Testing
@testable import SiteGenKit

/// The site search: its tokens, the index a build writes, the results page and header form,
/// and (with Node) the real `assets/search.js` run against a built site.
@Suite struct SiteSearchTests {
    private func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var tokenizer = SearchTokenizer()
        let emit: (SearchTokenizer.Token, Int) -> Void = { token, position in
            switch token {
            case .character(let scalar): out.append("\(String(Unicode.Scalar(scalar)!))@\(position)")
            case .word(let bytes): out.append("\(String(decoding: bytes, as: UTF8.self))@\(position)")
            }
        }
        tokenizer.feed(text, emit)
        tokenizer.finish(emit)
        return out
    }

    @Test func cjkCharactersAreTokensAndLatinWordsAreLowercasedWithGapsAtPunctuation() {
        #expect(tokens("5G基站") == ["5g@0", "基@1", "站@2"])
        #expect(tokens("ＡＩ与 PLC，编程") == ["ai@0", "与@1", "plc@2", "编@4", "程@5"], "full-width letters are ASCII; a space leaves no gap, a comma does")
        #expect(tokens("阜阳\n技师") == ["阜@0", "阳@1", "技@3", "师@4"], "a line break is a gap")
        #expect(tokens(String(repeating: "x", count: 50) + " y") == [String(repeating: "x", count: 40) + "@0", "y@1"])
    }

    @Test func theTextOfHTMLDropsMarkupCommentsAndScripts() {
        #expect(HTMLPlainText.text(of: ["<h2 id=\"a\">标题</h2>\n<p>甲 &amp; 乙 &lt;丙&gt; &#x4E01;<a href=\"", "\">链接</a></p><!-- raw HTML omitted --><script>var x = '<p>';</script><p>下一段</p>"])
            == "标题\n甲 & 乙 <丙> 丁链接\n下一段")
    }

    private static let site: [String: String] = [
        "Content/site.yaml": TestSupport.minimalSiteYAML,
        "Content/pages/about.md": "---\ntitle: 关于联盟\n---\n联盟由多所技师学院发起，共同办学。\n",
        "Content/members.yaml": """
            - { id: zibo-tech, name: 淄博市技师学院, type: 技工院校, region: 山东, city: 淄博市, joined: 2023-09-28, summary: 鲁中地区骨干院校。 }
            """,
        "Content/initiatives/training.md": "---\ntitle: 联合培养计划\nstatus: active\nstart: 2024\n---\n面向5G基站运维的订单培养。\n",
        "Content/reports/2024.md": "---\nyear: 2024\ntitle: 2024年度报告\n---\n全年培训PLC编程教师。\n",
        "Content/announcements/2024-03-01-open.md": "---\ntitle: \"标题</script><b>\\\"引号\\\"\"\ndate: 2024-03-01\nauthor: 李明远\ntags: [招生简章]\n---\n正文提到 AI 与数控。技师、技师。\n",
        "Content/announcements/2024-04-01-draft.md": "---\ntitle: 草稿秘密通知\ndate: 2024-04-01\ndraft: true\n---\n草稿正文。\n",
        "Content/announcements/2099-01-01-later.md": "---\ntitle: 远期定时通知\ndate: 2099-01-01\n---\n定时正文。\n",
    ]

    private func searchFiles(_ fileSystem: InMemoryFileSystem) -> [String: String] {
        var files: [String: String] = [:]
        for path in fileSystem.allPaths where path.hasPrefix("Output/search/") && path.hasSuffix(".js") {
            files[String(path.dropFirst("Output/".count))] = fileSystem.text(at: path)
        }
        return files
    }

    /// Each document's part of the files of documents, by id.
    private func documentParts(_ files: [String: String]) -> [Int: String] {
        var parts: [Int: String] = [:]
        for (path, text) in files where path.hasPrefix("search/f/") {
            for line in text.split(separator: "\n") where line.hasPrefix("sitegenSearch.doc(") {
                let id = line.dropFirst("sitegenSearch.doc(".count).prefix { $0 != "," }
                if let id = Int(id) { parts[id] = String(line) }
            }
        }
        return parts
    }

    @Test func theIndexCoversEveryKindAndLeavesOutDraftsAndScheduledPosts() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory(Self.site)
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let files = searchFiles(fileSystem)
        #expect(result.searchIndexFiles == files.count)
        let meta = try #require(files["search/meta.js"])
        #expect(meta.wholeMatch(of: /sitegenSearch\.meta\(\{"version":"[0-9a-f]{12}","shards":1,"documents":5,"files":"5","bodyStart":1024\}\);\n/) != nil, "\(meta)")
        let parts = documentParts(files)
        let documents = (0..<5).map { parts[$0] ?? "" }
        #expect(files["search/f/0.js"]?.hasSuffix("sitegenSearch.docs(0);\n") == true, "small documents share a file")
        #expect(documents[0].contains("\"t\":\"关于联盟\",\"u\":\"about/index.html\",\"k\":\"页面\""))
        #expect(documents[1].contains("\"t\":\"淄博市技师学院\",\"u\":\"members/zibo-tech/index.html\",\"k\":\"成员单位\""))
        #expect(documents[1].contains("\"x\":\"技工院校\\n山东淄博市\\n鲁中地区骨干院校。\""))
        #expect(documents[2].contains("\"k\":\"重点项目\"") && documents[2].contains("5G基站"))
        #expect(documents[3].contains("\"u\":\"reports/2024/index.html\",\"k\":\"年度报告\""))
        #expect(documents[4].contains("\"k\":\"通知公告\",\"d\":\"2024-03-01\""))
        let all = files.values.joined()
        #expect(!all.contains("草稿") && !all.contains("远期") && !all.contains("定时"), "drafts and scheduled posts are not searchable")

        let shard = try #require(files["search/s/0.js"])
        #expect(shard.hasPrefix("sitegenSearch.shard(0,{"))
        for term in ["\"5g\":", "\"plc\":", "\"ai\":", "\"基站\":", "\"淄博\":", "\"淄\":", "\"技师\":", "\"站\":"] {
            #expect(shard.contains(term), "no term \(term)")
        }
        #expect(!shard.contains("\"5G\":"), "words are lowercase")
        #expect(shard.contains("\"站运\":"), "every pair of neighbouring characters")
    }

    @Test func titlesAndTextAreEscapedInsideTheScriptFiles() async throws {
        let (_, fileSystem) = try await TestSupport.buildInMemory(Self.site)
        let document = try #require(documentParts(searchFiles(fileSystem))[4])
        #expect(document.contains(#""t":"标题\u003c/script\u003e\u003cb\u003e\"引号\"""#))
        #expect(!document.contains("<"))
    }

    @Test func theIndexIsTheSameBytesOnEveryBuild() async throws {
        let (_, first) = try await TestSupport.buildInMemory(Self.site)
        let (_, second) = try await TestSupport.buildInMemory(Self.site)
        #expect(searchFiles(first) == searchFiles(second))
        #expect(searchFiles(first).count == 3)
        // Other content, another version: browsers never mix files of two builds.
        var changed = Self.site
        changed["Content/pages/about.md"] = "---\ntitle: 关于联盟\n---\n新的说明。\n"
        let (_, third) = try await TestSupport.buildInMemory(changed)
        #expect(searchFiles(third)["search/meta.js"] != searchFiles(first)["search/meta.js"])
    }

    @Test func occurrencesAreGroupedByTermKeepingTheirOrder() {
        let grouped = TermOccurrences([5, 9, 5, 1 << 40, 9, 5], [0, 1, 2, 3, 4, 5])
        #expect(grouped.terms == [5, 9, 1 << 40])
        #expect(Array(grouped.positions(of: 0)) == [0, 2, 5])
        #expect(Array(grouped.positions(of: 1)) == [1, 4])
        #expect(Array(grouped.positions(of: 2)) == [3])
        // Enough terms for the table to probe past taken slots.
        let many = TermOccurrences((0..<5000).map { UInt64($0 % 1700) &* 0x1_0000_0001 }, (0..<5000).map(Int32.init))
        #expect(many.count == 1700)
        #expect(Array(many.positions(of: 3)) == [3, 1703, 3403])
        #expect(Array(many.positions(of: 1699)) == [1699, 3399])
        #expect(TermOccurrences([], []).count == 0)
    }

    @Test func partitionsTogetherHoldTheSamePostingsAsOneAndEachHoldsSome() {
        let documents = (0..<60).map { number in
            SearchIndex.terms(title: "第\(number)号通知", text: "技工教育联盟成员单位 skills \(number) 开展校企合作与技能竞赛，共建实训基地。")
        }
        func texts(_ entries: [(token: [UInt8], data: [UInt8])]) -> [String] {
            entries.map { String(decoding: $0.token + [0x3A] + $0.data, as: UTF8.self) }.sorted()
        }
        var whole = SearchPostings()
        for (id, terms) in documents.enumerated() { whole.add(terms, id: id) }
        let expected = texts(whole.takeEntries())
        #expect(expected.count > 100)
        for partitions in [2, 3, 5] {
            var parts = (0..<partitions).map { _ in SearchPostings() }
            var perPartition: [[String]] = []
            for partition in 0..<partitions {
                for (id, terms) in documents.enumerated() { parts[partition].add(terms, id: id, partition: partition, of: partitions) }
                perPartition.append(texts(parts[partition].takeEntries()))
            }
            #expect(perPartition.flatMap { $0 }.sorted() == expected, "\(partitions) partitions")
            #expect(perPartition.allSatisfy { $0.count > expected.count / (partitions * 3) }, "\(partitions) partitions")
        }
    }

    @Test func charactersAreCountedWithTheirTitleFlagAndTheTableIsLeftEmpty() {
        let fa = UInt32(0x6CD5), xiao = UInt32(0x6821), beyond = UInt32(0x2_0BB7)  // 法 校 𠮷
        var counter = CharacterCounts.Counter()
        for (scalar, inTitle) in [(xiao, true), (fa, false), (xiao, false), (beyond, false), (beyond, true), (xiao, false)] {
            counter.add(scalar, inTitle: inTitle)
        }
        let counts = counter.finish()
        #expect(counts.scalars == [xiao, fa, beyond])
        #expect((0..<counts.count).map(counts.occurrences(at:)) == [3, 1, 2])
        // The flag is that of the first occurrence: the title comes first.
        #expect((0..<counts.count).map(counts.isInTitle(at:)) == [true, false, false])
        // More distinct characters than the buffers first hold.
        var many = CharacterCounts.Counter()
        for round in 0..<2 { for scalar in UInt32(0x4E00)..<0x5A00 { many.add(scalar, inTitle: round == 0 && scalar == 0x4E00) } }
        let manyCounts = many.finish()
        #expect(manyCounts.count == 0xC00)
        #expect(manyCounts.scalars.last == 0x59FF)
        #expect((0..<manyCounts.count).allSatisfy { manyCounts.occurrences(at: $0) == 2 })
        #expect(manyCounts.isInTitle(at: 0) && !manyCounts.isInTitle(at: 1))
        // The next document starts from nothing, whichever table it is given.
        for _ in 0..<3 {
            var next = CharacterCounts.Counter()
            next.add(fa, inTitle: false)
            let again = next.finish()
            #expect(again.scalars == [fa])
            #expect(again.occurrences(at: 0) == 1)
        }
    }

    @Test func largeIndexesAreShardedByTheHashOfTheirTermsAndShareFilesOfDocuments() async throws {
        let documents = (0..<400).map { number in
            SearchIndex.Document(title: "第\(number)号通知", href: "n/\(number)/index.html", kind: "通知公告", date: "", text: String(repeating: "技工教育联盟成员单位开展校企合作与技能竞赛。", count: 20) + "编号\(number)")
        }
        let files = SearchIndex(documents: documents).files()
        let shards = files.filter { $0.path.hasPrefix("search/s/") }
        #expect(shards.count > 1 && shards.count & (shards.count - 1) == 0, "a power of two: \(shards.count)")
        let bigram = Array("联盟".utf8)
        let expected = "search/s/\(Int(SearchIndex.hash(bigram) % UInt32(shards.count))).js"
        #expect(shards.first { $0.path == expected }?.text.contains("\"联盟\":") == true)
        #expect(shards.filter { $0.text.contains("\"联盟\":") }.count == 1)

        // Consecutive documents share files of about 16 KB; meta.js says how many each holds.
        let documentFiles = files.filter { $0.path.hasPrefix("search/f/") }
        #expect(documentFiles.count > 2 && documentFiles.count < 400 / 5, "\(documentFiles.count) files")
        var next = 0
        var sizes: [UInt8] = []
        for (number, file) in documentFiles.enumerated() {
            #expect(file.path == "search/f/\(number).js")
            let ids = file.text.split(separator: "\n").filter { $0.hasPrefix("sitegenSearch.doc(") }.compactMap { Int($0.dropFirst(18).prefix { $0 != "," }) }
            #expect(ids == Array(next..<next + ids.count), "consecutive documents")
            #expect(file.text.utf8.count <= SearchIndex.targetDocumentFileBytes + 100 || ids.count == 1)
            next += ids.count
            SearchIndex.append(ids.count, to: &sizes)
        }
        #expect(next == 400)
        #expect(files.first { $0.path == "search/meta.js" }?.text.contains("\"files\":\"\(String(decoding: sizes, as: UTF8.self))\"") == true)

        // The theme's script finds documents in the first, a middle and the last file.
        let root = try TestSupport.temporaryDirectory()
        for file in files {
            let target = Path.join(root, file.path)
            try FileManager.default.createDirectory(atPath: Path.directory(of: target), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: URL(fileURLWithPath: target))
        }
        try FileManager.default.createDirectory(atPath: Path.join(root, "assets"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Path.join(TestSupport.packageRoot, "Templates/assets/search.js"), toPath: Path.join(root, "assets/search.js"))
        guard let results = try runSearch(root, ["第0号通知", "第7号通知", "第255号通知", "第256号通知", "第399号通知"]) else { return }
        #expect(results.map { $0["top"] as? [String] ?? [] } == [["第0号通知"], ["第7号通知"], ["第255号通知"], ["第256号通知"], ["第399号通知"]])
    }

    @Test func theHeaderFormFallsBackToTheArchiveAndTheResultsPageIsWritten() async throws {
        let (_, fileSystem) = try await TestSupport.buildInMemory(Self.site)
        let page = try #require(fileSystem.text(at: "Output/announcements/open/index.html"))
        #expect(page.contains(#"<form class="site-search" role="search" method="get" action="../../archive/index.html" data-search="../../search/index.html">"#))
        #expect(page.contains(#"<script src="../../assets/search.js" defer></script>"#))
        let search = try #require(fileSystem.text(at: "Output/search/index.html"))
        #expect(search.contains(#"<div id="search-page" class="search-page" data-root="../""#))
        #expect(search.contains("<title>站内搜索 · 测试联盟</title>"))
        #expect(search.contains("<noscript>"))
        #expect(search.contains(#"<a href="../archive/2024/index.html">"#), "without JavaScript, the archive's years")
        #expect(fileSystem.text(at: "Output/assets/search.js") != nil)
    }

    /// Runs `Scripts/search-query.js` (the theme's real search.js in Node) on a built site.
    private func runSearch(_ output: String, _ queries: [String]) throws -> [[String: Any]]? {
        guard let node = ["/usr/bin/node", "/usr/local/bin/node"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = [Path.join(TestSupport.packageRoot, "Scripts/search-query.js"), output] + queries
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func theThemesScriptFindsChineseSubstringsWordsAndMixedQueries() async throws {
        let root = try TestSupport.temporaryDirectory()
        let fileSystem = try TestSupport.memoryFileSystem(with: Self.site)
        let layout = SiteLayout(contentDirectory: "Content", templatesDirectory: "Templates", outputDirectory: "Output")
        _ = await BuildPipeline(layout: layout, options: BuildOptions(), fileSystem: fileSystem, markdown: CmarkConverter()).run()
        for path in fileSystem.allPaths where path.hasPrefix("Output/") {
            let target = Path.join(root, path)
            try FileManager.default.createDirectory(atPath: Path.directory(of: target), withIntermediateDirectories: true)
            try fileSystem.contents(of: path).write(to: URL(fileURLWithPath: target))
        }
        guard let results = try runSearch(Path.join(root, "Output"), ["技师", "起共", "淄博 技师学院", "5G基站", "5g", "AI与数控", "基站运维", "站", "plc", "师学", "引号", "秘密", "院技", "招生简章", "李明远"]) else { return }
        let found = Dictionary(uniqueKeysWithValues: results.map { ($0["query"] as? String ?? "", $0) })
        func titles(_ query: String) -> [String] { found[query]?["top"] as? [String] ?? [] }
        #expect(titles("技师") == ["淄博市技师学院", "标题</script><b>\"引号\"", "关于联盟"], "a title hit ranks first, then the most hits")
        #expect(titles("淄博 技师学院") == ["淄博市技师学院"])
        #expect(titles("5G基站") == ["联合培养计划"])
        #expect(titles("5g") == ["联合培养计划"])
        #expect(titles("AI与数控").count == 1, "a mixed phrase: word, lone character, pair")
        #expect(titles("基站运维") == ["联合培养计划"])
        #expect(titles("站") == ["联合培养计划"], "one character")
        #expect(titles("plc") == ["2024年度报告"])
        #expect(titles("师学") == ["淄博市技师学院", "关于联盟"], "any substring, not only words")
        #expect(titles("起共").isEmpty, "not across punctuation")
        #expect(titles("引号").count == 1)
        #expect(titles("秘密").isEmpty, "drafts are not found")
        #expect(titles("院技").isEmpty, "not across the end of the title")
        #expect(titles("招生简章") == ["标题</script><b>\"引号\""], "tags are searchable")
        #expect(titles("李明远") == ["标题</script><b>\"引号\""], "authors are searchable")
        let files = found["5G基站"]?["files"] as? [[Any]] ?? []
        #expect(files.compactMap { $0.first as? String } == ["search/meta.js", "search/s/0.js", "search/f/0.js"])
    }
}
