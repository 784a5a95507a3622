import Foundation
import Testing
@testable import SiteGenKit

/// Announcements dated in the future wait for their date; notices with `expires:` are marked
/// 已截止 once it has passed. Moments are in the site's offset (`timezone:`, +08:00 by default).
@Suite struct SchedulingTests {
    private static let site = TestSupport.minimalSiteYAML + "base_url: https://example.org/\n"

    /// The instant `text` (ISO 8601 with an offset).
    private func instant(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }

    private func build(_ files: [String: String], now: String, future: Bool = false, write: Bool = true) async throws -> (BuildResult, InMemoryFileSystem) {
        let fileSystem = try TestSupport.memoryFileSystem(with: files)
        var options = BuildOptions(writeOutput: write)
        options.now = try instant(now)
        options.includeFuture = future
        return (await BuildPipeline(layout: SiteLayout(), options: options, fileSystem: fileSystem, markdown: CmarkConverter()).run(), fileSystem)
    }

    private let posts = [
        "Content/site.yaml": site,
        "Content/announcements/past.md": "---\ntitle: 已发布的通知\ndate: 2025-11-01\n---\n正文。\n",
        "Content/announcements/later.md": "---\ntitle: 年会通知\ndate: 2025-12-01 09:00\n---\n正文。\n",
    ]

    @Test func anAnnouncementWaitsForItsMomentInTheSitesOffset() async throws {
        // 00:59 UTC is 08:59 at +08:00: a minute early.
        let (early, earlyOutput) = try await build(posts, now: "2025-12-01T00:59:00Z")
        #expect(early.errorCount == 0, "\(early.diagnostics)")
        #expect(earlyOutput.text(at: "Output/announcements/later/index.html") == nil)
        #expect(earlyOutput.text(at: "Output/announcements/past/index.html") != nil)
        #expect(earlyOutput.text(at: "Output/announcements/index.html")?.contains("年会通知") == false)
        #expect(earlyOutput.text(at: "Output/feed.xml")?.contains("年会通知") == false)
        #expect(early.scheduled == [ScheduledPost(path: "Content/announcements/later.md", title: "年会通知", date: "2025-12-01 09:00")])

        let (due, dueOutput) = try await build(posts, now: "2025-12-01T01:00:00Z")
        #expect(dueOutput.text(at: "Output/announcements/later/index.html")?.contains("年会通知") == true)
        #expect(due.scheduled.isEmpty)

        let (future, futureOutput) = try await build(posts, now: "2025-11-01T00:00:00Z", future: true)
        #expect(future.scheduled.isEmpty)
        #expect(futureOutput.text(at: "Output/announcements/later/index.html") != nil, "--future publishes it now")
    }

    @Test func aLinkToAScheduledAnnouncementSaysWhenItComesOut() async throws {
        var files = posts
        files["Content/pages/about.md"] = "---\ntitle: 关于\n---\n见[年会](../announcements/later.md)。\n"
        let (result, _) = try await build(files, now: "2025-11-20T00:00:00Z")
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.description) == [#"Content/pages/about.md:4:2: error: link "../announcements/later.md" points to an announcement scheduled for 2025-12-01 09:00, which is not published yet"#])
        #expect(errors.first?.hint == "add the link once it is published, or build with --future to publish it now")
    }

    @Test func aNoticeIsMarkedExpiredAfterTheEndOfItsDay() async throws {
        let files = [
            "Content/site.yaml": Self.site,
            "Content/announcements/apply.md": "---\ntitle: 报名通知\ndate: 2025-11-01\nexpires: 2025-12-01\n---\n正文。\n",
        ]
        // 15:59 UTC is 23:59 at +08:00, still 1 December.
        let (_, open) = try await build(files, now: "2025-12-01T15:59:00Z")
        let openPage = try #require(open.text(at: "Output/announcements/apply/index.html"))
        #expect(openPage.contains(#"<span>截止日期：<time datetime="2025-12-01">2025年12月1日</time></span>"#))
        #expect(!openPage.contains("已截止"))

        let (_, closed) = try await build(files, now: "2025-12-01T16:00:00Z")
        let closedPage = try #require(closed.text(at: "Output/announcements/apply/index.html"))
        #expect(closedPage.contains(#"<span class="badge expired">已截止</span>"#))
        #expect(closed.text(at: "Output/announcements/index.html")?.contains(#"报名通知</a> <span class="badge expired">已截止</span>"#) == true)
    }

    @Test func aRebuildAfterAScheduledDateIsNotSkipped() async throws {
        let site = try WorkingSite()
        try "---\ntitle: 明年的通知\ndate: 2030-01-01\n---\n正文。\n".write(toFile: site.content("announcements/next-year.md"), atomically: true, encoding: .utf8)
        let before = try instant("2029-12-31T00:00:00Z")
        let first = await site.build(now: before)
        #expect(first.errorCount == 0 && !first.upToDate)
        #expect(await site.build(now: before).upToDate, "nothing changed")
        let page = Path.join(site.layout.outputDirectory, "announcements/next-year/index.html")
        #expect(!FileManager.default.fileExists(atPath: page))

        let after = await site.build(now: try instant("2030-01-01T00:00:00+08:00"))
        #expect(!after.upToDate, "the date has come: the site changed by itself")
        #expect(FileManager.default.fileExists(atPath: page))
    }

    @Test func theBuildStateKeepsWhenItRunsOut() throws {
        let state = BuildState(fingerprint: "f", output: [:], pagesWritten: 1, filesCopied: 2, warnings: [], validUntil: 1_900_000_000)
        let fileSystem = InMemoryFileSystem()
        try state.save(to: "state", fileSystem: fileSystem)
        let loaded = try #require(BuildState.load(from: "state", fileSystem: fileSystem))
        #expect(loaded == state)
        #expect(loaded.isCurrent(at: Date(timeIntervalSince1970: 1_899_999_999)))
        #expect(!loaded.isCurrent(at: Date(timeIntervalSince1970: 1_900_000_000)))
    }
}

/// A date's ordinal orders dates exactly as `<` does, times and dates without one included.
@Suite struct SiteDateOrdinalTests {
    @Test func ordinalsOrderDatesAsComparisonDoes() throws {
        var generator = SeededRandom(state: 5)
        var dates: [SiteDate] = []
        for _ in 0..<400 {
            let year = [1999, 2024, 2025, 9999][generator.below(4)]
            let month = 1 + generator.below(12)
            let day = 1 + generator.below(28)
            let withTime = generator.below(2) == 0
            let date = withTime
                ? SiteDate(year: year, month: month, day: day, hour: generator.below(24), minute: generator.below(60), second: generator.below(60))
                : SiteDate(year: year, month: month, day: day)
            dates.append(try #require(date))
        }
        // Midnight given and no time at all are the same moment to both.
        dates.append(try #require(SiteDate(year: 2025, month: 1, day: 1)))
        dates.append(try #require(SiteDate(year: 2025, month: 1, day: 1, hour: 0)))
        // Dates close together too: neighbouring days and hours.
        for day in 1...3 {
            for hour in [0, 9, 23] { dates.append(try #require(SiteDate(year: 2025, month: 3, day: day, hour: hour, minute: 59, second: 59))) }
        }
        for first in dates {
            for second in dates {
                #expect((first < second) == (first.ordinal < second.ordinal), "\(first) \(second)")
                #expect((first == second) == (first.ordinal == second.ordinal), "\(first) \(second)")
            }
        }
        #expect(try #require(SiteDate(year: 2025, month: 1, day: 1)).ordinal == #require(SiteDate(year: 2025, month: 1, day: 1, hour: 0)).ordinal)
    }

    @Test func announcementsOfOneDateAreListedBySlug() async throws {
        func announcement(_ title: String, _ date: String) -> String { "---\ntitle: \(title)\ndate: \(date)\n---\n正文。\n" }
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML,
            "Content/announcements/b-second.md": announcement("乙", "2025-03-01"),
            "Content/announcements/c-third.md": announcement("丙", "2025-03-01"),
            "Content/announcements/a-first.md": announcement("甲", "2025-03-01"),
            "Content/announcements/z-newer.md": announcement("新", "2025-03-02"),
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let list = try #require(fileSystem.text(at: "Output/announcements/index.html"))
        let positions = ["新", "甲", "乙", "丙"].map { list.range(of: ">\($0)<")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "every title is listed")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "newest first, then by slug")
    }
}
