import Foundation
import Testing
@testable import SiteGenKit

/// A session's rebuild takes what its earlier builds found in the links of unchanged files, and
/// checks again every file that changed, or whose links may now lead elsewhere.
@Suite struct LinkCheckReuseTests {
    private static let linking = "Content/announcements/2025-01-02-a.md"
    private static let linked = "Content/announcements/2025-01-01-b.md"

    private static let files = [
        "Content/site.yaml": TestSupport.minimalSiteYAML,
        "Content/announcements/2025-01-02-a.md": "---\ntitle: 甲\ndate: 2025-01-02\n---\n见[乙的目标](2025-01-01-b.md#目标)、[不存在](missing.md)和[新地址](/announcements/moved/)。\n",
        "Content/announcements/2025-01-01-b.md": "---\ntitle: 乙\ndate: 2025-01-01\n---\n## 目标\n\n正文。\n",
    ]

    /// Loads, plans and checks the links of `files`, with `memory` when given.
    private static func check(_ files: [String: String], memory: LinkCheckMemory?, global: UInt64 = 7, stamps: [String: FileStamp] = [:]) async throws -> [Diagnostic] {
        let fileSystem = InMemoryFileSystem(files: files)
        let diagnostics = DiagnosticBag()
        let loader = ContentLoader(layout: SiteLayout(), fileSystem: fileSystem, markdown: CmarkConverter())
        let site = try #require(await loader.load(diagnostics: diagnostics))
        let plan = SitePlanner().plan(site, assets: [], diagnostics: diagnostics)
        var checker = LinkChecker(site: site, plan: plan, diagnostics: diagnostics)
        checker.reuse = memory.map { LinkChecker.Reuse(memory: $0, global: global, stamps: stamps) }
        checker.check()
        return diagnostics.all
    }

    /// Replaces what `memory` found in the linking file with a made-up warning, which only a
    /// check that takes the memory's finding reports.
    private static func plant(in memory: LinkCheckMemory) throws -> Diagnostic {
        var found = memory.found
        let planted = Diagnostic.warning(at: SourceLocation(path: linking), "planted")
        let position = try #require(found.firstIndex { $0.path == linking })
        found[position].diagnostics = [planted]
        memory.replace(with: found)
        return planted
    }

    /// A stamp for each file that changes with its text, as a saved file's does.
    private static func stamps(_ files: [String: String]) -> [String: FileStamp] {
        files.mapValues { text in
            var hash = StableHash()
            hash.combine(text)
            return FileStamp(size: text.utf8.count, modified: Int64(bitPattern: hash.value), identity: 1)
        }
    }

    @Test func aSessionFindsWhatASingleCheckFinds() async throws {
        let alone = try await Self.check(Self.files, memory: nil)
        #expect(alone.contains { $0.message.contains("missing.md") }, "\(alone)")
        let memory = LinkCheckMemory()
        #expect(try await Self.check(Self.files, memory: memory) == alone)
        #expect(try await Self.check(Self.files, memory: memory) == alone, "what was kept is reported again")
        #expect(memory.found.map(\.path).sorted() == [Self.linked, Self.linking])
    }

    @Test func anUnchangedFileIsNotCheckedAgain() async throws {
        let memory = LinkCheckMemory()
        _ = try await Self.check(Self.files, memory: memory)
        let planted = try Self.plant(in: memory)
        let again = try await Self.check(Self.files, memory: memory)
        #expect(again.contains(planted))
        #expect(!again.contains { $0.message.contains("missing.md") })

        // The other announcement's new date puts it first: the unchanged file is found at its new place.
        var files = Self.files
        files[Self.linked] = files[Self.linked]?.replacingOccurrences(of: "date: 2025-01-01", with: "date: 2025-01-03")
        let reordered = try await Self.check(files, memory: memory)
        #expect(reordered.contains(planted))
        #expect(memory.found.map(\.path) == [Self.linked, Self.linking])
    }

    @Test func aChangedFileIsCheckedAgain() async throws {
        let memory = LinkCheckMemory()
        _ = try await Self.check(Self.files, memory: memory)
        let planted = try Self.plant(in: memory)
        var files = Self.files
        files[Self.linking] = files[Self.linking]?.replacingOccurrences(of: "---\n见", with: "---\n新的一段。\n\n见")
        let again = try await Self.check(files, memory: memory)
        #expect(!again.contains(planted))
        #expect(again.contains { $0.message.contains("missing.md") && $0.location.line == 7 }, "\(again)")
        _ = try Self.plant(in: memory)
        let otherSettings = try await Self.check(files, memory: memory, global: 8)
        #expect(!otherSettings.contains(planted), "a change to any other input checks every file again")
    }

    @Test func anUnchangedFileIsCheckedAgainWhenWhatItLinksToChanged() async throws {
        let memory = LinkCheckMemory()
        let before = try await Self.check(Self.files, memory: memory)
        #expect(!before.contains { $0.message.contains("#目标") })
        #expect(before.contains { $0.message.contains("/announcements/moved/") }, "\(before)")

        // Each step changes the linked announcement only, and one thing of it at a time.
        var files = Self.files
        func change(_ text: String?) { files[Self.linked] = text }

        // Its heading is renamed: the unchanged file's link now names a section that does not exist.
        change("---\ntitle: 乙\ndate: 2025-01-01\n---\n## 其他\n\n正文。\n")
        var planted = try Self.plant(in: memory)
        let renamed = try await Self.check(files, memory: memory)
        #expect(!renamed.contains(planted))
        #expect(renamed.contains { $0.message.contains("'#目标'") }, "\(renamed)")

        // It moves to the address the unchanged file links to, which then leads somewhere.
        change("---\ntitle: 乙\nslug: moved\ndate: 2025-01-01\n---\n## 其他\n\n正文。\n")
        planted = try Self.plant(in: memory)
        let moved = try await Self.check(files, memory: memory)
        #expect(!moved.contains(planted))
        #expect(!moved.contains { $0.message.contains("/announcements/moved/") }, "\(moved)")

        // It is removed: the link to its file is broken.
        change(nil)
        planted = try Self.plant(in: memory)
        let removed = try await Self.check(files, memory: memory)
        #expect(!removed.contains(planted))
        #expect(removed.contains { $0.message.contains("2025-01-01-b.md") && $0.severity == .error }, "\(removed)")
    }

    @Test func withStampsAFileIsKnownByItsStampAndOthersAreCheckedAgainOnlyWhenTheirTargetsChange() async throws {
        let memory = LinkCheckMemory()
        let first = try await Self.check(Self.files, memory: memory, stamps: Self.stamps(Self.files))
        #expect(first == (try await Self.check(Self.files, memory: nil)), "stamps change nothing of what is found")
        var planted = try Self.plant(in: memory)
        #expect(try await Self.check(Self.files, memory: memory, stamps: Self.stamps(Self.files)).contains(planted))

        // The linked file gets a paragraph, and a new stamp, but keeps its headings: the
        // unchanged file's findings stand.
        var files = Self.files
        files[Self.linked] = "---\ntitle: 乙\ndate: 2025-01-01\n---\n## 目标\n\n正文。\n\n新的一段。\n"
        #expect(try await Self.check(files, memory: memory, stamps: Self.stamps(files)).contains(planted))

        // Its heading renamed: the unchanged file is checked again and its link found wanting.
        files[Self.linked] = "---\ntitle: 乙\ndate: 2025-01-01\n---\n## 其他\n\n正文。\n"
        let renamed = try await Self.check(files, memory: memory, stamps: Self.stamps(files))
        #expect(!renamed.contains(planted))
        #expect(renamed.contains { $0.message.contains("'#目标'") }, "\(renamed)")

        // The stamp stands for the file: a file with its old stamp is taken for unchanged (a
        // session's loading takes such a file from its cache), one with a new stamp is not.
        planted = try Self.plant(in: memory)
        let stamps = Self.stamps(files)
        files[Self.linking] = files[Self.linking]?.replacingOccurrences(of: "---\n见", with: "---\n新的一段。\n\n见")
        #expect(try await Self.check(files, memory: memory, stamps: stamps).contains(planted))
        let saved = try await Self.check(files, memory: memory, stamps: Self.stamps(files))
        #expect(!saved.contains(planted))
        #expect(saved.contains { $0.message.contains("missing.md") && $0.location.line == 7 }, "\(saved)")
    }
}
