import Testing
@testable import SiteGenKit

@Suite struct AllianceModelTests {
    @Test func typesAndRolesReadInChineseAndEnglish() {
        #expect(MemberType(written: "技工院校") == .technicalSchool)
        #expect(MemberType(written: "technical-school") == .technicalSchool)
        #expect(MemberType(written: "Technical_School") == .technicalSchool)
        #expect(MemberType(written: "行业协会") == .industryAssociation)
        #expect(MemberType(written: "government body") == .governmentBody)
        #expect(MemberType(written: "学校") == nil)
        #expect(CouncilRole(written: "理事长单位") == .president)
        #expect(CouncilRole(written: "vice-president") == .vicePresident)
        #expect(CouncilRole(written: "常务理事单位") == .executiveDirector)
        #expect(CouncilRole(written: "会员单位") == .member)
        #expect(Initiative.Status(written: "进行中") == .active)
        #expect(Initiative.Status(written: "completed") == .completed)
    }

    @Test func regionsAreCanonicalised() {
        #expect(ProvinceNames.canonical("江苏省") == "江苏")
        #expect(ProvinceNames.canonical("上海市") == "上海")
        #expect(ProvinceNames.canonical("广西壮族自治区") == "广西")
        #expect(ProvinceNames.canonical("安徽") == "安徽")
        #expect(ProvinceNames.canonical("苏州") == nil)
    }

    private func decodeMember(_ yaml: String) throws -> (Member?, [String]) {
        let bag = DiagnosticBag()
        let value = try #require(YAMLSource(path: "Content/members.yaml").compose(yaml, diagnostics: bag))
        let object = try #require(YAMLObject(value, what: "a member", diagnostics: bag))
        let member = MemberDecoder(markdown: CmarkConverter(), options: MarkdownOptions()).decode(object, contentPath: "members.yaml")
        return (member, bag.all.map(\.description))
    }

    @Test func decodesAMemberWithEveryField() throws {
        let (member, problems) = try decodeMember("""
            id: zibo-tech
            name: 淄博市技师学院
            short_name: 淄博技师学院
            type: technical-school
            region: 山东省
            city: 淄博市
            joined: 2023-09-28
            left: 2025-01-01
            role: 理事长单位
            website: https://example.org/
            summary: 发起单位。
            profile: |
              第一段。
            """)
        #expect(problems.isEmpty)
        let decoded = try #require(member)
        #expect(decoded.type == .technicalSchool)
        #expect(decoded.region == "山东")
        #expect(decoded.role == .president)
        #expect(decoded.left?.isoDate == "2025-01-01")
        #expect(decoded.profile?.leadParagraph == "第一段。")
        #expect(decoded.profile?.lineOffset == 12)
        #expect(!decoded.isCurrent)
    }

    @Test func memberErrorsNameTheFieldAndSuggest() throws {
        let (member, problems) = try decodeMember("""
            id: Zibo Tech
            name: 淄博
            type: 技工学校
            region: 苏州
            joined: 2024-01-01
            left: 2023-01-01
            role: chairman
            """)
        #expect(member == nil)
        #expect(problems == [
            #"Content/members.yaml:1:5: error: member id "Zibo Tech" must start with a lowercase ASCII letter or digit and use only those, '-', '_' and '.'"#,
            #"Content/members.yaml:3:7: error: 'type' "技工学校" is not one of: 技工院校, technical-school, 中职学校, secondary-vocational-school, 高职院校, vocational-college, 本科院校, university, 行业协会, industry-association, 企业, enterprise, 科研院所, research-institute, 培训机构, training-provider, 政府部门, government-body"#,
            #"Content/members.yaml:4:9: error: 'region' must be a province-level region such as 上海, 江苏, 浙江 or 安徽, got "苏州""#,
            #"Content/members.yaml:6:7: error: 'left' (2023-01-01) is before 'joined' (2024-01-01)"#,
            #"Content/members.yaml:7:7: error: 'role' "chairman" is not one of: 理事长单位, president, 副理事长单位, vice-president, 常务理事单位, executive-director, 理事单位, director, 秘书处, secretariat, 成员单位, member"#,
        ])
    }

    @Test func statisticsCountByTypeRegionAndRoleAtADate() throws {
        func member(_ id: String, _ type: MemberType, _ region: String, _ joined: String, left: String? = nil, role: CouncilRole = .member) throws -> Member {
            Member(
                id: MemberID(id), name: id, type: type, region: region, joined: try #require(SiteDate(parsing: joined)),
                left: try left.map { try #require(SiteDate(parsing: $0)) }, role: role,
                location: SourceLocation(path: "m"), contentPath: "members.yaml"
            )
        }
        let members = [
            try member("a", .technicalSchool, "山东", "2023-09-28", role: .president),
            try member("b", .technicalSchool, "山东", "2023-09-28"),
            try member("c", .secondaryVocationalSchool, "江苏", "2024-03-01"),
            try member("d", .enterprise, "江苏", "2024-06-01", left: "2024-12-31"),
            try member("e", .enterprise, "浙江", "2025-01-02"),
            try member("f", .industryAssociation, "上海", "2023-09-28", left: "2025-06-30", role: .director),
        ]
        let end2024 = MemberStatistics(members: MemberStatistics.members(members, on: .endOfYear(2024)), of: members)
        #expect(StringsTable.simplifiedChinese.summary(of: end2024) == "共4家成员单位，其中2所技工院校、1所中职学校、1家行业协会")
        #expect(end2024.byRegion.map { "\($0.value)\($0.count)" } == ["山东2", "上海1", "江苏1"])
        let end2025 = MemberStatistics(members: MemberStatistics.members(members, on: .endOfYear(2025)), of: members)
        #expect(StringsTable.simplifiedChinese.summary(of: end2025) == "共4家成员单位，其中2所技工院校、1所中职学校、1家企业")
        #expect(end2025.byRole.map { "\(StringsTable.simplifiedChinese.name(of: $0.value))\($0.count)" } == ["理事长单位1", "成员单位3"])
    }

    @Test func barChartIsSelfContainedSVGWithEscapedText() {
        let svg = BarChart(title: "订单班 <各年>", bars: [.init(label: "2024", value: 3), .init(label: "2025", value: 5)], reference: (4, "目标 4个/年"), unit: "个").svg()
        #expect(svg.hasPrefix("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("<title>订单班 &lt;各年&gt;</title>"))
        #expect(svg.contains(">5个</text>"))
        #expect(svg.contains("stroke-dasharray"))
        #expect(!svg.contains("<script"))
        #expect(Formatting.number(1.5) == "1.5")
        #expect(Formatting.number(2) == "2")
        #expect(Formatting.number(0.125) == "0.13")
    }
}
