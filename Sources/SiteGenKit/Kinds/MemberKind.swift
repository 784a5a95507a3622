/// Members (成员单位): `Content/members.yaml` and/or `Content/members/<id>.md|.yaml`, by id, with
/// the directory, the views by region and by council role, and the former members.
struct MemberKind: ContentKind {
    let name = "member"

    func load(into site: inout Site, with loading: ContentLoading) async {
        // A session takes the members its last build loaded, while the cache's context — which
        // holds every member file and the settings they depend on — is the same, if they loaded
        // without problems.
        if let kept = loading.cache?.value(named: name, as: Loaded.self) {
            site.members = kept.members
            site.unloaded.memberIDs = kept.unloadedIDs
            return
        }
        let (members, unloadedIDs) = MemberLoader(
            layout: loading.layout, fileSystem: loading.fileSystem, reader: loading.reader,
            decoder: MemberDecoder(markdown: loading.markdown, options: loading.options), diagnostics: loading.diagnostics
        ).load()
        site.members = members
        site.unloaded.memberIDs = unloadedIDs
        if let cache = loading.cache {
            let manifest = Path.join(loading.layout.contentDirectory, "members.yaml")
            let folder = Path.join(loading.layout.contentDirectory, "members") + "/"
            let reported = loading.diagnostics.all.contains { $0.location.path == manifest || $0.location.path.hasPrefix(folder) }
            if !reported { cache.store(Loaded(members: members, unloadedIDs: unloadedIDs), named: name) }
        }
    }

    /// What loading the members made.
    private struct Loaded: Sendable {
        var members: [Member]
        var unloadedIDs: Set<MemberID>
    }

    func bodies(in site: Site) -> [MarkdownSource] { site.members.compactMap(\.profile) }

    func plan(_ site: Site, into planner: inout PagePlanner) {
        if !site.members.isEmpty {
            planner.add(Routes.memberDirectory, .memberDirectory)
            planner.add(Routes.memberRegions, .memberRegions)
            planner.add(Routes.memberCouncil, .memberCouncil)
            if site.members.contains(where: { !$0.isCurrent }) {
                planner.add(Routes.formerMembers, .formerMembers)
            }
        }
        for index in site.members.itemIndices {
            let member = site.members[index]
            if Routes.reservedMemberIDs.contains(member.id) {
                planner.diagnostics.error(at: member.location, "the member id \"\(member.id)\" is reserved for the member views", hint: "choose another id")
                continue
            }
            let route = Routes.member(id: member.id)
            let contentPath = member.contentPath == "members.yaml" ? nil : member.contentPath
            guard planner.add(route, .member(index), by: member.location, what: "member \"\(member.name)\"", contentPath: contentPath) else { continue }
            planner.memberRoutesByID[member.id] = route
        }
        // Members whose entries failed to load keep their routes, so links to them are not
        // reported on top of their own errors.
        for id in site.unloaded.memberIDs where planner.memberRoutesByID[id] == nil {
            planner.memberRoutesByID[id] = Routes.member(id: id)
        }
    }
}
