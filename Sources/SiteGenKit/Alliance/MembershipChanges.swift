/// Who joined and who left, by year and over time.
enum MembershipChanges {
    /// Members (indices into `members`) who joined in `year`, by join date, then name.
    static func joined(in year: Int, among members: [Member]) -> [ItemIndex<Member>] {
        members.itemIndices.filter { members[$0].joined.year == year }
            .sorted { (members[$0].joined, members[$0].name) < (members[$1].joined, members[$1].name) }
    }

    /// Members (indices into `members`) who left in `year`, in the order they are listed.
    static func left(in year: Int, among members: [Member]) -> [ItemIndex<Member>] {
        members.itemIndices.filter { members[$0].left?.year == year }
    }

    /// Former members, latest departure first (on the same day, by name).
    static func formerMembers(_ members: [Member]) -> [ItemIndex<Member>] {
        members.itemIndices.filter { !members[$0].isCurrent }
            .sorted { first, second in
                let (a, b) = (members[first].left?.dayKey ?? 0, members[second].left?.dayKey ?? 0)
                // The latest to leave first; on the same day, by name as every other list is.
                return a != b ? a > b : members[first].name < members[second].name
            }
    }
}
