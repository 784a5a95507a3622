import Foundation
import Testing
@testable import SiteGenKit

/// What readers on phones and desktops see: the home page's lead line, a long page's table of
/// contents, charts drawn to one scale per comparable group, and the larger-text mode.
@Suite struct PhoneAndDesktopTests {
    // MARK: Home page lead line

    @Test func theHomePageLeadsWithTheTaglineNotTheMetaDescription() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "tagline: 三省一市技工院校携手组成的区域合作平台。\n",
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let home = try #require(fileSystem.text(at: "Output/index.html"))
        #expect(home.contains(#"<p class="hero-lead">三省一市技工院校携手组成的区域合作平台。</p>"#))
        #expect(home.contains(#"<meta name="description" content="测试站点。">"#), "the description stays for search engines")
        #expect(home.contains(#"<h1 class="visually-hidden">测试联盟</h1>"#), "the header shows the name; the hero does not repeat it")
    }

    @Test func withoutATaglineTheHomePageLeadsWithTheDescription() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory(["Content/site.yaml": TestSupport.minimalSiteYAML])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let home = try #require(fileSystem.text(at: "Output/index.html"))
        #expect(home.contains(#"<p class="hero-lead">测试站点。</p>"#))
    }

    @Test func aTaglineThatIsNotTextIsAnError() async throws {
        let (result, _) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "tagline: [一句, 两句]\n",
        ])
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("Content/site.yaml:3:10: error: 'tagline'") }, "\(messages)")
    }

    @Test func theHomePageLinksToMembersInitiativesAndReportsItHas() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML,
            "Content/members.yaml": "- { id: a, name: 甲学院, type: 技工院校, region: 山东, joined: 2023-09-28 }\n",
            "Content/reports/2024.md": "---\ntitle: 2024年度报告\nyear: 2024\n---\n正文。\n",
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let home = try #require(fileSystem.text(at: "Output/index.html"))
        #expect(home.contains(#"<p class="hero-links"><a class="button" href="members/index.html">成员单位</a><a class="button" href="reports/index.html">年度报告</a></p>"#))
    }

    // MARK: Table of contents

    private static func page(headings: [String]) -> String {
        "---\ntitle: 章程\n---\n开头。\n\n" + headings.map { "\($0)\n\n正文。\n" }.joined(separator: "\n")
    }

    @Test func aPageWithSixSectionHeadingsGetsATableOfContents() async throws {
        let headings = ["## 第一章 总则", "## 第二章 宗旨", "### 第一节 任务", "## 第三章 成员", "#### 细则", "## 第四章 组织", "## 第五章 附则"]
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML,
            "Content/pages/charter.md": Self.page(headings: headings),
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let page = try #require(fileSystem.text(at: "Output/charter/index.html"))
        #expect(page.contains(#"<nav class="toc" aria-label="目录">"#))
        #expect(page.contains(##"<li class="toc-level-2"><a href="#第一章-总则">第一章 总则</a></li><li class="toc-level-2"><a href="#第二章-宗旨">第二章 宗旨</a></li><li class="toc-level-3"><a href="#第一节-任务">第一节 任务</a></li>"##))
        #expect(page.contains(#"id="第一章-总则""#), "the entries lead to the headings' own ids")
        #expect(!page.contains(##"<a href="#细则">"##), "level 4 headings are too fine for the table")
        let toc = try #require(page.range(of: "<nav class=\"toc\"")), body = try #require(page.range(of: "<div class=\"prose\">"))
        #expect(toc.lowerBound < body.lowerBound, "the table comes before the text")
    }

    @Test func aPageWithFiveSectionHeadingsHasNone() async throws {
        let headings = ["## 一", "## 二", "## 三", "### 四", "## 五", "#### 六"]
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML,
            "Content/pages/join.md": Self.page(headings: headings),
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let page = try #require(fileSystem.text(at: "Output/join/index.html"))
        #expect(!page.contains("class=\"toc\""))
    }

    // MARK: Charts

    /// The heights of the bars of every chart in `html`, chart by chart.
    private static func barHeights(in html: String) -> [[Double]] {
        html.components(separatedBy: "<svg ").dropFirst().map { svg in
            svg.components(separatedBy: "<rect ").dropFirst().compactMap { rect in
                rect.components(separatedBy: "height=\"").dropFirst().first?.split(separator: "\"").first.flatMap { Double($0) }
            }
        }
    }

    private static func report(_ year: Int, _ metrics: String) -> String {
        "---\ntitle: \(year)年度报告\nyear: \(year)\nmetrics:\n\(metrics)---\n正文。\n"
    }

    @Test func figuresInTheSameUnitShareAScaleAndALoneYearIsNoChart() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML,
            "Content/reports/2024.md": Self.report(2024, """
                  - { key: trainees, label: 培训教师, value: 100, unit: 人 }
                  - { key: judges, label: 裁判, value: 10, unit: 人 }
                  - { key: contests, label: 竞赛, value: 1, unit: 场 }
                  - { key: designs, label: 教学设计, value: 6, unit: 项 }

                """),
            "Content/reports/2025.md": Self.report(2025, """
                  - { key: trainees, label: 培训教师, value: 200, unit: 人 }
                  - { key: judges, label: 裁判, value: 20, unit: 人 }
                  - { key: contests, label: 竞赛, value: 1, unit: 场 }

                """),
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let page = try #require(fileSystem.text(at: "Output/reports/index.html"))
        let charts = Self.barHeights(in: page)
        #expect(charts.count == 3, "trainees, judges and contests; designs has one year only")
        guard charts.count == 3 else { return }
        let trainees = charts[0], judges = charts[1], contests = charts[2]
        #expect(abs(judges[1] - trainees[1] / 10) < 0.01, "20人 is a tenth of 200人: \(judges) vs \(trainees)")
        #expect(abs(contests[1] - trainees[1]) < 0.01, "场 is a group of its own, drawn to its own scale")
        #expect(page.contains(#"<figure class="chart-figure chart-single"><p class="stat-value">6项</p><figcaption>教学设计（2024年，仅此一年有数据）</figcaption></figure>"#))
        #expect(page.contains(#"<figcaption>培训教师 <span class="change up"><span class="arrow" aria-hidden="true">▲</span>+100人</span></figcaption>"#))
        #expect(page.contains(#"<figcaption>竞赛 <span class="change flat">持平</span></figcaption>"#))
    }

    @Test func aChartDrawnToItsGroupsScaleKeepsItsOwnValues() {
        let own = BarChart(title: "t", bars: [.init(label: "2025", value: 20)]).svg()
        let shared = BarChart(title: "t", bars: [.init(label: "2025", value: 20)], scaleMaximum: 200).svg()
        let ownHeight = Self.barHeights(in: own).first?.first ?? 0, sharedHeight = Self.barHeights(in: shared).first?.first ?? 0
        #expect(abs(sharedHeight - ownHeight / 10) < 0.01)
        #expect(shared.contains(">20</text>"))
        let smaller = BarChart(title: "t", bars: [.init(label: "2025", value: 20)], scaleMaximum: 5).svg()
        #expect(smaller == own, "a group maximum below the chart's own values changes nothing")
    }

    @Test func targetsInTheSameUnitShareAScale() {
        func target(_ key: String, _ value: Double, unit: String, perYear: Bool) -> Initiative.Target {
            Initiative.Target(key: key, label: key, value: value, unit: unit, perYear: perYear)
        }
        let progress = [Initiative.Progress(year: 2025, achieved: ["big": 300, "small": 30, "other": 3])]
        let progresses = [
            TargetProgress(target: target("big", 400, unit: "人", perYear: false), progress: progress),
            TargetProgress(target: target("small", 40, unit: "人", perYear: false), progress: progress),
            TargetProgress(target: target("other", 4, unit: "个", perYear: false), progress: progress),
        ]
        #expect(AllianceCharts.targetScales(progresses) == [400, 400, 4])
    }

    // MARK: 404 page

    @Test func theNotFoundPageIsStyledWhenOpenedFromDiskToo() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/yrd/\n",
            "Content/pages/about.md": "---\ntitle: 简介\n---\n正文。\n",
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let notFound = try #require(fileSystem.text(at: "Output/404.html"))
        #expect(notFound.contains(#"<link rel="stylesheet" href="https://example.org/yrd/assets/style.css">\#n<link rel="stylesheet" href="assets/style.css">"#))
        let about = try #require(fileSystem.text(at: "Output/about/index.html"))
        #expect(about.components(separatedBy: #"rel="stylesheet" href="../assets/style.css""#).count == 2, "other pages link their stylesheet once")
        #expect(about.components(separatedBy: #"rel="stylesheet""#).count == 3, "and the print stylesheet")

        let (_, withoutBase) = try await TestSupport.buildInMemory(["Content/site.yaml": TestSupport.minimalSiteYAML])
        let relative = try #require(withoutBase.text(at: "Output/404.html"))
        #expect(relative.components(separatedBy: #"rel="stylesheet" href="assets/style.css""#).count == 2, "without base_url its links are relative already")
    }

    // MARK: Larger-text mode

    @Test func everyPageLoadsTheLargerTextScriptAndHidesItsToggleUntilItRuns() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML,
            "Content/pages/about.md": "---\ntitle: 简介\n---\n正文。\n",
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let home = try #require(fileSystem.text(at: "Output/index.html"))
        let about = try #require(fileSystem.text(at: "Output/about/index.html"))
        #expect(home.contains(#"<script src="assets/text-size.js"></script>"#))
        #expect(about.contains(#"<script src="../assets/text-size.js"></script>"#))
        let head = try #require(about.components(separatedBy: "</head>").first)
        #expect(head.contains("text-size.js"), "in <head>, so the saved size applies before the page is drawn")
        #expect(about.contains(#"<button type="button" class="text-size-toggle" aria-pressed="false" hidden>大字</button>"#))
        let script = try #require(fileSystem.text(at: "Output/assets/text-size.js"))
        #expect(script.contains("localStorage") && script.contains("large-text"))
        let css = try #require(fileSystem.text(at: "Output/assets/style.css"))
        #expect(css.contains("html.large-text { font-size: 125%; }"))
let pixelSizes = css.split(separator: "\n").filter { $0.range(of: #"font-size: [0-9.]+px"#, options: .regularExpression) != nil }
        #expect(pixelSizes.isEmpty, "font sizes are in rem, so the larger-text mode scales them: \(pixelSizes)")
    }
}
