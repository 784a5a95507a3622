/// Counts of members at a moment: by type, region and council role.
struct MemberStatistics: Sendable {
    /// A value and how many members have it.
    struct Count<Value: Sendable>: Sendable {
        /// The type, region or role.
        var value: Value
        /// Indices into ``Site/members``.
        var members: [ItemIndex<Member>]
        /// How many.
        var count: Int { members.count }
    }

    /// Indices of the members counted.
    var members: [ItemIndex<Member>]
    /// By type, in the order of ``MemberType``.
    var byType: [Count<MemberType>]
    /// By region, most members first.
    var byRegion: [Count<String>]
    /// By role, in rank order.
    var byRole: [Count<CouncilRole>]

    /// Counts `members` (indices into `all`), ordering each group's members by join date, then name.
    init(members indices: [ItemIndex<Member>], of all: [Member]) {
        let ordered = indices.sorted { (all[$0].joined, all[$0].name) < (all[$1].joined, all[$1].name) }
        self.members = ordered
        var types: [MemberType: [ItemIndex<Member>]] = [:]
        var regions: [String: [ItemIndex<Member>]] = [:]
        var roles: [CouncilRole: [ItemIndex<Member>]] = [:]
        for index in ordered {
            types[all[index].type, default: []].append(index)
            regions[all[index].region, default: []].append(index)
            roles[all[index].role, default: []].append(index)
        }
        byType = MemberType.allCases.compactMap { type in types[type].map { Count(value: type, members: $0) } }
        byRegion = regions.map { Count(value: $0.key, members: $0.value) }
            .sorted { ($1.count, ProvinceNames.all.firstIndex(of: $0.value) ?? 99) < ($0.count, ProvinceNames.all.firstIndex(of: $1.value) ?? 99) }
        byRole = CouncilRole.allCases.compactMap { role in roles[role].map { Count(value: role, members: $0) } }
    }

    /// The members of `all` that belonged to the alliance at the end of `date`'s day.
    static func members(_ all: [Member], on date: SiteDate) -> [ItemIndex<Member>] {
        all.itemIndices.filter { all[$0].isMember(on: date) }
    }
}
