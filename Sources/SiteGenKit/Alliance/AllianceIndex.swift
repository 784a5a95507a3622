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
        // Announcements loaded from files were searched for names then (see Announcement.namedMembers).
        let names = site.announcements.contains { $0.namedMembers == nil } ? NameMatcher(names: site.members.map(\.name)) : nil
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

        // Links and full names, found on all cores: one pass over each text for all names.
        let memberByID = self.memberByID
        let linkedOrNamed = ParallelMap.mapNow(site.announcements) { announcement -> Set<ItemIndex<Member>> in
            var found = Set<ItemIndex<Member>>()
            for link in announcement.body.links {
                if let id = Self.memberID(linkedBy: link.destination), let member = memberByID[id] { found.insert(member) }
            }
            if let named = announcement.namedMembers {
                found.formUnion(named)
            } else if let names {
                found.formUnion(names.names(in: announcement.title).map(ItemIndex.init))
                found.formUnion(names.names(in: announcement.body.text).map(ItemIndex.init))
            }
            return found
        }
        for index in site.announcements.itemIndices {
            let announcement = site.announcements[index]
            var mentioned = linkedOrNamed[index.position]
            for reference in Self.unique(announcement.memberReferences) {
                if let member = member(reference, in: "'members'") { mentioned.insert(member) }
            }
            for member in mentioned.sorted() { announcementsByMember[member, default: []].append(index) }
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
