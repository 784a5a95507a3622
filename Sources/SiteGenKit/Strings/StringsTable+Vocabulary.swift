/// Display names of the values editors choose from, and the phrases built from them.
extension StringsTable {
    /// The display name of a member type (技工院校).
    func name(of type: MemberType) -> String { entries["member_type.\(type.rawValue)"] ?? type.rawValue }

    /// The measure word a count of members of `type` takes (7所技工院校, 9家行业协会).
    func measureWord(of type: MemberType) -> String { entries["measure_word.\(type.rawValue)"] ?? "" }

    /// The display name of a council role (副理事长单位).
    func name(of role: CouncilRole) -> String { entries["council_role.\(role.rawValue)"] ?? role.rawValue }

    /// The display name of an initiative's status (进行中).
    func name(of status: Initiative.Status) -> String { entries["initiative_status.\(status.rawValue)"] ?? status.rawValue }

    /// An initiative's period: `2025—2027年`, `2024年`, `2025年起`.
    func period(of initiative: Initiative) -> String {
        let start = String(initiative.startYear)
        guard let end = initiative.endYear else { return text(.periodOpen, ["start": start]) }
        return end == initiative.startYear ? text(.periodSingle, ["start": start]) : text(.periodRange, ["start": start, "end": String(end)])
    }

    /// A date written out (2025年9月29日).
    func longDate(_ date: SiteDate) -> String {
        longDatePattern.format(date)
    }

    /// The sentence editors write in reports: 共150家成员单位，其中7所技工院校、8所中职学校、126家企业.
    func summary(of statistics: MemberStatistics) -> String {
        guard !statistics.members.isEmpty else { return text(.membersSummaryEmpty) }
        let parts = statistics.byType.map {
            text(.membersSummaryPart, ["count": String($0.count), "measure": measureWord(of: $0.value), "type": name(of: $0.value)])
        }
        return text(.membersSummary, ["count": String(statistics.members.count), "parts": parts.joined(separator: text(.listSeparator))])
    }
}
