import Foundation
import Testing
@testable import SiteGenKit

/// Percentages shown to readers are rounded half away from zero: a target's progress to a whole
/// percent, a report's year-over-year change to one decimal.
@Suite struct PercentageTests {
    @Test func targetProgressIsRoundedToTheNearestWholePercent() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/\n",
            "Content/initiatives/plan.md": """
                ---
                title: 计划
                status: active
                start: 2024
                targets:
                  - { key: two-thirds, label: 三分之二, value: 3, unit: 人 }
                  - { key: one-third, label: 三分之一, value: 3, unit: 人 }
                  - { key: one-eighth, label: 八分之一, value: 8, unit: 人 }
                  - { key: over, label: 超额, value: 4, unit: 人 }
                progress:
                  - { year: 2024, achieved: { two-thirds: 1, one-third: 1, one-eighth: 1, over: 3 } }
                  - { year: 2025, achieved: { two-thirds: 1, over: 2 } }
                ---
                """,
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let page = try #require(fileSystem.text(at: "Output/initiatives/plan/index.html"))
        #expect(page.contains("<td data-label=\"完成情况\">累计2人，完成67%</td>"), "66.7% rounds up")
        #expect(page.contains("<td data-label=\"完成情况\">累计1人，完成33%</td>"), "33.3% rounds down")
        #expect(page.contains("<td data-label=\"完成情况\">累计1人，完成13%</td>"), "12.5% rounds half away from zero")
        #expect(page.contains("<td data-label=\"完成情况\">累计5人，完成125%</td>"), "progress beyond the target is not capped")
    }

    @Test func yearOverYearChangeIsRoundedToOneDecimal() async throws {
        func report(_ year: Int, _ values: [Int]) -> String {
            let metrics = zip(["a", "b", "c", "d", "e"], values).map { "  - { key: \($0), label: 指标\($0), value: \($1), unit: 场 }" }
            return "---\nyear: \(year)\ntitle: \(year)年度报告\nmetrics:\n" + metrics.joined(separator: "\n") + "\n---\n"
        }
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/\n",
            "Content/reports/2024.md": report(2024, [3, 3, 8, 3, 16]),
            "Content/reports/2025.md": report(2025, [4, 5, 7, 2, 17]),
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let page = try #require(fileSystem.text(at: "Output/reports/2025/index.html"))
        #expect(page.contains("<td class=\"num change up\" data-label=\"同比变化\"><span class=\"arrow\" aria-hidden=\"true\">▲</span>+1场（+33.3%）</td>"))
        #expect(page.contains("<td class=\"num change up\" data-label=\"同比变化\"><span class=\"arrow\" aria-hidden=\"true\">▲</span>+2场（+66.7%）</td>"))
        #expect(page.contains("<td class=\"num change down\" data-label=\"同比变化\"><span class=\"arrow\" aria-hidden=\"true\">▼</span>-1场（-12.5%）</td>"))
        #expect(page.contains("<td class=\"num change down\" data-label=\"同比变化\"><span class=\"arrow\" aria-hidden=\"true\">▼</span>-1场（-33.3%）</td>"))
        #expect(page.contains("<td class=\"num change up\" data-label=\"同比变化\"><span class=\"arrow\" aria-hidden=\"true\">▲</span>+1场（+6.3%）</td>"), "6.25% rounds half away from zero")
    }
}
