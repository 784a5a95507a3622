import Foundation
import Testing
@testable import SiteGenKit

/// The fixture site's members, initiatives and reports, built end to end.
@Suite struct AllianceBuildTests {
    private func build() async throws -> String {
        let (result, output) = try await TestSupport.buildFixtureSite()
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        return output
    }

    private func read(_ output: String, _ path: String) throws -> String {
        try String(contentsOfFile: Path.join(output, path), encoding: .utf8)
    }

    @Test func directoryCountsCurrentMembersByType() async throws {
        let output = try await build()
        let directory = try read(output, "members/index.html")
        #expect(directory.contains("共7家成员单位，其中1所技工院校、1所中职学校、1所高职院校、1家行业协会、1家企业、1家培训机构、1个政府部门。"))
        #expect(directory.contains("<h2>企业 <span class=\"count\">1家</span></h2>"))
        #expect(!directory.contains("浙江示例机器人有限公司"))
        #expect(directory.contains("<a href=\"zibo-tech/index.html\">") || directory.contains("href=\"zibo-tech/index.html\""))

        let regions = try read(output, "members/regions/index.html")
        #expect(regions.contains("<h2>山东 <span class=\"count\">4家</span></h2>"))
        let council = try read(output, "members/council/index.html")
        #expect(council.contains("<h2>理事长单位 <span class=\"count\">1家</span></h2>"))
        #expect(council.contains("另有成员单位 2 家"))
        let former = try read(output, "members/former/index.html")
        #expect(former.contains("浙江示例机器人有限公司"))
        #expect(former.contains("<time datetime=\"2025-03-31\">2025年3月31日</time>"))
    }

    @Test func memberPageLinksBackToInitiativesAndAnnouncements() async throws {
        let output = try await build()
        let member = try read(output, "members/zibo-tech/index.html")
        #expect(member.contains("<a href=\"../../initiatives/joint-training/index.html\">校企联合培养计划</a><span>牵头单位 · 进行中 · 2024—2026年</span>"))
        #expect(member.contains("href=\"../../announcements/founding/index.html\""))
        #expect(member.contains("href=\"../../announcements/member-call/index.html\""))
        #expect(member.contains("<a href=\"../../initiatives/joint-training/index.html\">校企联合培养计划</a>。"))
        let partner = try read(output, "members/zj-robot/index.html")
        #expect(partner.contains("参与单位 · 进行中"))
        #expect(partner.contains("该单位已于 <time datetime=\"2025-03-31\">2025年3月31日</time> 退出联盟。"))
    }

    @Test func initiativePageComparesTargetsWithProgress() async throws {
        let output = try await build()
        let page = try read(output, "initiatives/joint-training/index.html")
        #expect(page.contains("<tr><th scope=\"row\">订单班</th><td class=\"num\" data-label=\"目标\">4个/年</td><td class=\"num\" data-label=\"2024年\">3个</td><td class=\"num met\" data-label=\"2025年\">5个</td><td data-label=\"完成情况\">1/2 年达标</td></tr>"))
        #expect(page.contains("<td data-label=\"完成情况\">累计850人，完成85%</td>"))
        #expect(page.contains("<svg class=\"chart\""))
        #expect(page.contains("<a href=\"../../members/zibo-tech/index.html\">淄博市技师学院</a>"))
        #expect(page.contains("href=\"../../announcements/member-call/index.html\""))
        let index = try read(output, "initiatives/index.html")
        #expect(index.contains("<h2>进行中 <span class=\"count\">1项</span></h2>"))
        #expect(index.contains("<h2>计划中 <span class=\"count\">1项</span></h2>"))
    }

    @Test func reportComputesYearEndMembersAndYearOverYearChange() async throws {
        let output = try await build()
        let report = try read(output, "reports/2025/index.html")
        #expect(report.contains("<tr><th scope=\"row\">联合技能竞赛</th><td class=\"num\" data-label=\"2025年\">2场</td><td class=\"num\" data-label=\"2024年\">1场</td><td class=\"num change up\" data-label=\"同比变化\"><span class=\"arrow\" aria-hidden=\"true\">▲</span>+1场（+100%）</td></tr>"))
        #expect(report.contains("<td class=\"num change up\" data-label=\"同比变化\"><span class=\"arrow\" aria-hidden=\"true\">▲</span>+50人（+12.5%）</td>"))
        #expect(report.contains("共7家成员单位，其中1所技工院校、1所中职学校、1所高职院校、1家行业协会、1家企业、1家培训机构、1个政府部门。"))
        #expect(report.contains("本年度新加入（1家）"))
        #expect(report.contains("本年度退出（1家）"))
        #expect(report.contains("订单班扩大到五个。"))
        #expect(report.contains("<a href=\"../2024/index.html\">2024年度报告</a>"))
        let earlier = try read(output, "reports/2024/index.html")
        #expect(earlier.contains("共7家成员单位，其中1所技工院校、1所中职学校、1所高职院校、1家行业协会、2家企业、1个政府部门。"))
        let index = try read(output, "reports/index.html")
        #expect(index.components(separatedBy: "<svg class=\"chart\"").count == 3)
    }

    @Test func announcementLinkToAMemberIsRewritten() async throws {
        let output = try await build()
        let founding = try read(output, "announcements/founding/index.html")
        #expect(founding.contains("<a href=\"../../members/zibo-tech/index.html\">淄博技师学院</a>"))
    }
}

@Suite struct TemplateContextTests {
    @Test func absentValuesDoNotLeakFromTheEnclosingContext() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/\n",
            "Content/members.yaml": "- id: a\n  name: 甲单位\n  type: 企业\n  region: 上海\n  joined: 2024-01-01\n  summary: 成员简介不应出现在通知下\n",
            "Content/announcements/x.md": "---\ntitle: 无正文通知\ndate: 2025-01-01\nmembers: [a]\n---\n",
            "Content/initiatives/p.md": "---\ntitle: 项目\nstatus: active\nstart: 2025\nsummary: 项目概述\ntargets:\n  - { key: k, label: 指标, value: 2 }\n  - { label: 无键指标, value: 1 }\nprogress:\n  - { year: 2025 }\n---\n",
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let member = try #require(fileSystem.text(at: "Output/members/a/index.html"))
        let item = try #require(member.range(of: "<li class=\"item\">"))
        let itemHTML = member[item.lowerBound...].prefix(600)
        #expect(itemHTML.contains("无正文通知"))
        #expect(!itemHTML.contains("成员简介不应出现在通知下"))
        let initiative = try #require(fileSystem.text(at: "Output/initiatives/p/index.html"))
        #expect(initiative.contains("<tr><th scope=\"row\">无键指标</th><td class=\"num\" data-label=\"目标\">1</td><td class=\"num\" data-label=\"2025年\">—</td><td data-label=\"完成情况\">—</td></tr>"))
        #expect(!initiative.contains("<td>进行中</td>"))
    }
}

@Suite struct MemberMentionTests {
    @Test func announcementsMentionMembersByListLinkOrFullName() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/\n",
            "Content/members.yaml": "- id: assoc\n  name: 上海市机械行业协会\n  type: 行业协会\n  region: 上海\n  joined: 2023-01-01\n",
            "Content/announcements/listed.md": "---\ntitle: 列出成员\ndate: 2025-01-03\nmembers: [assoc]\n---\n正文。\n",
            "Content/announcements/linked.md": "---\ntitle: 链接成员\ndate: 2025-01-02\n---\n见[协会](../members.yaml#assoc)。\n",
            "Content/announcements/named.md": "---\ntitle: 提到成员\ndate: 2025-01-01\n---\n上海市机械行业协会承办了本次活动。\n",
            "Content/announcements/other.md": "---\ntitle: 无关通知\ndate: 2024-12-01\n---\n机械行业的其他消息。\n",
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let page = try #require(fileSystem.text(at: "Output/members/assoc/index.html"))
        let order = ["列出成员", "链接成员", "提到成员"].compactMap { page.range(of: $0)?.lowerBound }
        #expect(order.count == 3)
        #expect(order == order.sorted())
        #expect(!page.contains("无关通知"))
    }

    @Test func aNameInsideALongerNameMentionsOnlyTheLongerOne() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/\n",
            "Content/members.yaml": """
                - { id: college, name: 苏州技师学院, type: 技工院校, region: 江苏, joined: 2023-01-01 }
                - { id: annex, name: 苏州技师学院附属技工学校, type: 技工院校, region: 江苏, joined: 2023-01-01 }
                """,
            "Content/announcements/annex.md": "---\ntitle: 开放日\ndate: 2025-01-02\n---\n苏州技师学院附属技工学校举办开放日。\n",
            "Content/announcements/title.md": "---\ntitle: 苏州技师学院召开大会\ndate: 2025-01-01\n---\n会议顺利召开。\n",
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let college = try #require(fileSystem.text(at: "Output/members/college/index.html"))
        let annex = try #require(fileSystem.text(at: "Output/members/annex/index.html"))
        #expect(college.contains("苏州技师学院召开大会"))
        #expect(!college.contains("开放日"))
        #expect(annex.contains("开放日"))
        #expect(!annex.contains("苏州技师学院召开大会"))
    }
}
