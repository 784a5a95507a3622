/// How members, initiatives, reports and announcements refer to each other, checked and
/// inverted so that every page can link back to what references it.
struct AllianceIndex: Sendable {
    /// Member index by id.
    var memberByID: [MemberID: ItemIndex<Member>] = [:]
    /// Initiative index by slug.
    var initiativeBySlug: [String: ItemIndex<Initiative>] = [:]
    /// For each member index: announcement indices that mention it, newest first — by listing it
    /// in `members:`, by linking to it, or by writing its full name in the text.
    var announcementsByMember: [ItemIndex<Member>: [ItemIndex<Announcement>]] = [:]
    /// For each member index: initiative indices it leads.
    var initiativesLedByMember: [ItemIndex<Member>: [ItemIndex<Initiative>]] = [:]
    /// For each member index: initiative indices it is a partner in.
    var initiativesJoinedByMember: [ItemIndex<Member>: [ItemIndex<Initiative>]] = [:]
    /// For each initiative index: announcement indices that name it, newest first.
    var announcementsByInitiative: [ItemIndex<Initiative>: [ItemIndex<Announcement>]] = [:]

    /// Builds the index for `site`, reporting every reference to an id that does not exist.
    init(site: Site, diagnostics: DiagnosticBag) {
        for index in site.members.itemIndices { memberByID[site.members[index].id] = index }
        for index in site.initiatives.itemIndices { initiativeBySlug[site.initiatives[index].slug] = index }
        let memberIDs = site.members.map(\.id.rawValue)
        let initiativeSlugs = site.initiatives.map(\.slug)

        func member(_ reference: Reference, in what: String) -> ItemIndex<Member>? {
            if let index = memberByID[MemberID(reference.id)] { return index }
            if site.unloaded.memberIDs.contains(MemberID(reference.id)) { return nil }
            diagnostics.error(
                at: reference.location,
                "\(what) names the member '\(reference.id)', which does not exist",
                hint: Suggestions.hint(for: reference.id, in: memberIDs) ?? (memberIDs.isEmpty ? "add the member to Content/members.yaml" : "member ids are listed in Content/members.yaml")
            )
            return nil
        }

        // Announcements loaded from files were looked at then (see Announcement.mentionedMembers);
        // others now, on all cores: one pass over each text for all names.
        let mentions = site.announcements.contains { $0.mentionedMembers == nil } ? MemberMentions(members: site.members) : nil
        let found: [[ItemIndex<Member>]] = mentions.map { mentions in
            ParallelMap.mapNow(site.announcements) { $0.mentionedMembers ?? mentions.members(title: $0.title, body: $0.body) }
        } ?? []

        // Each announcement's members, each once, in the order of the announcements: member
        // positions one after another, and where each announcement's end. `lastMention` holds
        // the announcement that last mentioned each member.
        let memberCount = site.members.count
        var mentioned: [Int] = []
        var ends: [Int] = []
        ends.reserveCapacity(site.announcements.count)
        var counts = [Int](repeating: 0, count: memberCount)
        var lastMention = [Int](repeating: -1, count: memberCount)
        for index in site.announcements.itemIndices {
            let announcement = site.announcements[index]
            var members = found.isEmpty ? announcement.mentionedMembers ?? [] : found[index.position]
            for reference in Self.unique(announcement.memberReferences) {
                if let member = member(reference, in: "'members'") { members.append(member) }
            }
            for member in members where lastMention[member.position] != index.position {
                lastMention[member.position] = index.position
                counts[member.position] += 1
                mentioned.append(member.position)
            }
            ends.append(mentioned.count)
            for reference in Self.unique(announcement.initiativeReferences) {
                if let initiative = initiativeBySlug[reference.id] {
                    announcementsByInitiative[initiative, default: []].append(index)
                } else if !site.unloaded.hasInitiative(reference.id) {
                    diagnostics.error(
                        at: reference.location,
                        "'initiatives' names the initiative '\(reference.id)', which does not exist",
                        hint: Suggestions.hint(for: reference.id, in: initiativeSlugs) ?? "initiatives are named by their file name in Content/initiatives/, without .md"
                    )
                }
            }
        }
        // Grouped by member, keeping the announcements' order (a counting sort).
        var next = [Int](repeating: 0, count: memberCount)
        var total = 0
        for position in 0..<memberCount {
            next[position] = total
            total += counts[position]
        }
        var grouped = [Int](repeating: 0, count: mentioned.count)
        var start = 0
        for (announcement, end) in ends.enumerated() {
            for offset in start..<end {
                let position = mentioned[offset]
                grouped[next[position]] = announcement
                next[position] += 1
            }
            start = end
        }
        for position in 0..<memberCount where counts[position] > 0 {
            let range = (next[position] - counts[position])..<next[position]
            announcementsByMember[ItemIndex(position)] = grouped[range].map(ItemIndex.init)
        }
        for index in site.initiatives.itemIndices {
            let initiative = site.initiatives[index]
            for reference in Self.unique(initiative.lead) {
                if let member = member(reference, in: "'lead'") { initiativesLedByMember[member, default: []].append(index) }
            }
            for reference in Self.unique(initiative.partners) {
                if let member = member(reference, in: "'partners'") { initiativesJoinedByMember[member, default: []].append(index) }
            }
        }
    }

    /// The member id a link destination names: `…members.yaml#id` or `…members/id.md`.
    static func memberID(linkedBy destination: String) -> MemberID? {
        // Most links name no member: one pass over the bytes settles them.
        guard destination.utf8Range(of: "members") != nil else { return nil }
        if let range = destination.utf8Range(of: "members.yaml#") {
            let id = destination[range.upperBound...]
            return id.isEmpty ? nil : MemberID(String(id))
        }
        let path = destination.utf8.firstIndex(of: UInt8(ascii: "#")).map { String(destination[..<$0]) } ?? destination
        guard Path.fileExtension(path) == "md", Path.lastComponent(Path.directory(of: path)) == "members" else { return nil }
        return MemberID(Path.stem(path))
    }

    private static func unique(_ references: [Reference]) -> [Reference] {
        guard references.count > 1 else { return references }
        var seen = Set<String>()
        return references.filter { seen.insert($0.id).inserted }
    }
}
