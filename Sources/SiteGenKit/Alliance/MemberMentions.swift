/// Finds the members an announcement mentions by itself: by writing a member's full name in its
/// title or text, or by linking to the member. (Its `members:` list is checked by
/// ``AllianceIndex``, which reports ids that do not exist.)
///
/// Made once per build from the site's members; an announcement is looked at when its file is
/// loaded, so that a session's rebuild takes what unchanged files were found to mention.
struct MemberMentions: Sendable {
    /// The members' full names, found in one pass over a text.
    private let names: NameMatcher
    /// Member index by id, as ``AllianceIndex/memberByID`` has it (the last of a repeated id).
    private let memberByID: [MemberID: ItemIndex<Member>]

    /// Looks for the members of `members`.
    init(members: [Member]) {
        names = NameMatcher(names: members.map(\.name))
        var memberByID: [MemberID: ItemIndex<Member>] = [:]
        for index in members.itemIndices { memberByID[members[index].id] = index }
        self.memberByID = memberByID
    }

    /// The members named in `title` or `body`'s text or linked from `body`, in the order of the
    /// site's members, each once.
    func members(title: String, body: MarkdownSource) -> [ItemIndex<Member>] {
        var found = names.names(in: title) + names.names(in: body.text)
        for link in body.links {
            if let id = AllianceIndex.memberID(linkedBy: link.destination), let member = memberByID[id] { found.append(member.position) }
        }
        guard found.count > 1 else { return found.map(ItemIndex.init) }
        found.sort()
        var unique: [ItemIndex<Member>] = []
        unique.reserveCapacity(found.count)
        for position in found where unique.last?.position != position { unique.append(ItemIndex(position)) }
        return unique
    }
}
