import Foundation
import Testing
@testable import SiteGenKit

/// What a shared link shows (Open Graph), the site's icon, and an official notice's issuer and
/// document number under its title.
@Suite struct SharingAndNoticeTests {
    private static let site = TestSupport.minimalSiteYAML + "base_url: https://example.org/\n"
    private static let notice = "---\ntitle: 关于举办技能竞赛的通知\ndate: 2025-05-06\nsummary: 竞赛安排。\nissuer: 联盟秘书处\ndoc_number: 技盟秘〔2025〕3号\n---\n正文。\n"

    @Test func pagesCarryOpenGraphTagsAndTheIcon() async throws {
        let fileSystem = try TestSupport.memoryFileSystem(with: [
            "Content/site.yaml": Self.site + "favicon: images/logo.png\nsocial_image: images/share.png\n",
            "Content/announcements/contest.md": Self.notice,
        ])
        try fileSystem.write(Data("png".utf8), to: "Content/files/images/logo.png")
        try fileSystem.write(Data("png".utf8), to: "Content/files/images/share.png")
        let result = await BuildPipeline(fileSystem: fileSystem).run()
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let page = try #require(fileSystem.text(at: "Output/announcements/contest/index.html"))
        #expect(page.contains(#"<link rel="icon" href="../../files/images/logo.png">"#))
        #expect(page.contains(#"<meta property="og:title" content="关于举办技能竞赛的通知">"#))
        #expect(page.contains(#"<meta property="og:description" content="竞赛安排。">"#))
        #expect(page.contains(#"<meta property="og:type" content="article">"#))
        #expect(page.contains(#"<meta property="og:locale" content="zh_CN">"#))
        #expect(page.contains(#"<meta property="og:url" content="https://example.org/announcements/contest/">"#))
        #expect(page.contains(#"<meta property="og:image" content="https://example.org/files/images/share.png">"#))
        let home = try #require(fileSystem.text(at: "Output/index.html"))
        #expect(home.contains(#"<meta property="og:type" content="website">"#))
    }

    @Test func withoutSettingsTheThemesIconIsUsedAndNoImageIsNamed() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory(["Content/site.yaml": TestSupport.minimalSiteYAML])
        #expect(result.errorCount == 0)
        let home = try #require(fileSystem.text(at: "Output/index.html"))
        #expect(home.contains(#"<link rel="icon" href="assets/favicon.svg" type="image/svg+xml">"#))
        #expect(fileSystem.text(at: "Output/assets/favicon.svg") != nil)
        #expect(!home.contains("og:image") && !home.contains("og:url"), "both need absolute URLs, hence base_url")
    }

    @Test func aMissingIconIsAnErrorWithAHint() async throws {
        let fileSystem = try TestSupport.memoryFileSystem(with: ["Content/site.yaml": Self.site + "favicon: images/logo.png\n"])
        try fileSystem.write(Data("png".utf8), to: "Content/files/images/logo.svg")
        let result = await BuildPipeline(fileSystem: fileSystem).run()
        #expect(result.diagnostics.map(\.description) == ["Content/site.yaml:4:10: error: 'favicon' names files/images/logo.png, which does not exist"])
        #expect(result.diagnostics.first?.hint == "did you mean 'images/logo.svg'?")
    }

    @Test func aNoticeShowsItsIssuerAndDocumentNumberUnderTheTitle() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": Self.site,
            "Content/announcements/contest.md": Self.notice,
            "Content/announcements/plain.md": "---\ntitle: 普通消息\ndate: 2025-05-07\n---\n正文。\n",
        ])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let notice = try #require(fileSystem.text(at: "Output/announcements/contest/index.html"))
        #expect(notice.contains("<h1>关于举办技能竞赛的通知</h1>\n    <p class=\"issuance\"><span>联盟秘书处</span><span class=\"doc-number\">技盟秘〔2025〕3号</span></p>\n"))
        let plain = try #require(fileSystem.text(at: "Output/announcements/plain/index.html"))
        #expect(plain.contains("<h1>普通消息</h1>\n    <p class=\"article-meta\">"), "nothing, not even an empty line, without them")
    }
}

/// When the member directory and a report were last brought up to date.
@Suite struct LastUpdatedTests {
    @Test func theDirectoryIsAsOfTheLastJoiningOrLeavingAndAReportShowsItsRevision() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML,
            "Content/members.yaml": """
                - { id: a, name: 甲学院, type: 技工院校, region: 山东, joined: 2023-09-28 }
                - { id: b, name: 乙公司, type: 企业, region: 江苏, joined: 2024-01-05, left: 2025-03-31 }
                - { id: c, name: 丙学校, type: 中职学校, region: 上海, joined: 2024-06-01 }
                """,
            "Content/reports/2024.md": "---\ntitle: 2024年度报告\nyear: 2024\nupdated: 2025-02-10\n---\n正文。\n",
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let directory = try #require(fileSystem.text(at: "Output/members/index.html"))
        #expect(directory.contains(#"<span class="updated">名录更新于<time datetime="2025-03-31">2025年3月31日</time></span>"#), "the latest of every joining and leaving")
        let report = try #require(fileSystem.text(at: "Output/reports/2024/index.html"))
        #expect(report.contains(#"<p class="updated">更新于<time datetime="2025-02-10">2025年2月10日</time></p>"#))
    }
}
