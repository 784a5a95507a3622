import Foundation
import Testing
@testable import SiteGenKit

/// The alliance's arithmetic, apart from any page: how targets stand, how figures changed, who
/// joined and left.
@Suite struct AllianceMathTests {
    private func progress(_ entries: [(Int, Double?)]) -> [Initiative.Progress] {
        entries.map { year, value in Initiative.Progress(year: year, note: nil, achieved: value.map { ["contests": $0] } ?? [:]) }
    }

    @Test func aYearlyTargetCountsTheYearsThatMetIt() {
        let target = Initiative.Target(key: "contests", label: "技能竞赛", value: 10, unit: "场", perYear: true)
        let state = TargetProgress(target: target, progress: progress([(2023, 12), (2024, nil), (2025, 9)]))
        #expect(state.values == [12, nil, 9])
        #expect(state.reported.map(\.year) == [2023, 2025])
        #expect(state.yearsMet == 1)
        #expect(state.meets(10) && !state.meets(9.5))
        #expect(state.chartValues.map(\.value) == [12, 9], "a yearly target charts each year's value")
    }

    @Test func aCumulativeTargetSumsAndRoundsItsPercentHalfUp() {
        let target = Initiative.Target(key: "contests", label: "培训", value: 200, unit: "人次", perYear: false)
        let state = TargetProgress(target: target, progress: progress([(2024, 60), (2025, 41)]))
        #expect(state.cumulative == 101)
        #expect(state.percentComplete == 51, "50.5% rounds up")
        #expect(state.chartValues.map(\.value) == [60, 101], "a cumulative target charts the running total")
        #expect(!state.meets(500), "only yearly targets are met year by year")
        let zero = TargetProgress(target: Initiative.Target(key: "contests", label: "x", value: 0, unit: nil, perYear: false), progress: progress([(2025, 3)]))
        #expect(zero.percentComplete == 0)
        let keyless = TargetProgress(target: Initiative.Target(key: nil, label: "x", value: 5, unit: nil, perYear: true), progress: progress([(2025, 3)]))
        #expect(keyless.reported.isEmpty && keyless.values == [nil])
    }

    @Test func aChangeHasADirectionAndAPercentToOneDecimal() {
        let up = MetricChange(from: 48, to: 54)
        #expect(up.delta == 6 && up.direction == .up && up.percent == 12.5)
        let down = MetricChange(from: 3, to: 2)
        #expect(down.direction == .down && down.percent == -33.3)
        let flat = MetricChange(from: 7, to: 7)
        #expect(flat.direction == .flat && flat.percent == nil)
        #expect(MetricChange(from: 0, to: 5).percent == nil, "no percentage of nothing")
    }

    @Test func joinedAndLeftInAYearAndFormerMembersLatestFirst() throws {
        func member(_ id: String, joined: String, left: String? = nil) throws -> Member {
            Member(
                id: MemberID(id), name: id, type: .enterprise, region: "山东", joined: try #require(SiteDate(parsing: joined)),
                left: try left.map { try #require(SiteDate(parsing: $0)) }, role: .member,
                location: SourceLocation(path: "m"), contentPath: "members.yaml"
            )
        }
        let members = [
            try member("b", joined: "2024-05-01"),
            try member("a", joined: "2024-05-01", left: "2025-03-01"),
            try member("c", joined: "2023-01-01", left: "2024-12-31"),
            try member("d", joined: "2024-01-10", left: "2025-03-01"),
        ]
        #expect(MembershipChanges.joined(in: 2024, among: members).map(\.position) == [3, 1, 0], "by date, then name")
        #expect(MembershipChanges.left(in: 2025, among: members).map(\.position) == [1, 3])
        #expect(MembershipChanges.formerMembers(members).map(\.position) == [1, 3, 2], "latest departure first; on the same day by name")
    }
}
