import Foundation
import Testing
@testable import SiteGenKit

/// The former-members page lists the members that left, the most recent departure first.
@Suite struct FormerMembersPageTests {
    @Test func formerMembersAreListedLatestDepartureFirst() async throws {
        // Ids (the order members are loaded in) and names both differ from the order of departure.
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/\n",
            "Content/members.yaml": """
                - { id: a-member, name: 甲单位, type: 企业, region: 上海, joined: 2022-01-01, left: 2024-05-01 }
                - { id: b-member, name: 乙单位, type: 企业, region: 上海, joined: 2022-01-01, left: 2025-03-31 }
                - { id: c-member, name: 丙单位, type: 企业, region: 上海, joined: 2022-01-01, left: 2023-12-01 }
                - { id: d-member, name: 丁单位, type: 企业, region: 上海, joined: 2022-01-01 }
                - { id: e-member, name: 戊单位, type: 企业, region: 上海, joined: 2022-01-01, left: 2024-11-15 }
                """,
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let page = try #require(fileSystem.text(at: "Output/members/former/index.html"))
        let table = try #require(page.range(of: "<tbody>").map { page[$0.upperBound...] })
        let rows = table.components(separatedBy: "<tr><th scope=\"row\"><a href=\"").dropFirst().map { row in
            row.components(separatedBy: "</a>").first?.components(separatedBy: "\">").last ?? ""
        }
        #expect(rows == ["乙单位", "戊单位", "甲单位", "丙单位"])
        #expect(page.contains("<time datetime=\"2025-03-31\">2025年3月31日</time>"))
    }
}
