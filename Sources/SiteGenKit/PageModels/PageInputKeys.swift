/// What the HTML of each page is made from, as one number per page, so that a rebuild in the
/// same session (`sitegen serve`) renders again only the pages whose inputs changed.
///
/// Keys exist for the pages there are many of — announcements, their lists, tag and year
/// pages, members, initiatives and reports. Each folds in `global` (every input other than the
/// announcement files, and what all pages show of the announcements, such as the newest year)
/// and the versions of the announcements the page shows, exactly as the page models read them
/// (see ``AnnouncementPageModel``, ``AnnouncementListPageModel``, ``TagPageModel``,
/// ``ArchivePageModel``, ``MemberModel``, ``InitiativeModel``, ``ReportModel``). The other
/// pages — home, indexes, the directory pages, free pages, added kinds — have no key and are
/// always rendered again: they are few.
///
/// A key that misses an input would leave a stale page in the preview; the session's tests
/// compare every rebuild with a build from scratch.
struct PageInputKeys {
    let site: Site
    let plan: SitePlan
    let alliance: AllianceIndex
    /// The version of each announcement, by its position in ``Site/announcements``: it changes
    /// whenever anything the announcement's list item or page shows changes.
    let versions: [UInt64]
    /// Every input other than the announcement files.
    let global: UInt64
    /// Where the links of each announcement's body lead (``LinkResolver/linksKey(of:)``), by
    /// position, when the link check already knows; otherwise the links are resolved here.
    var linksKeys: [UInt64]?

    /// What every page and list item shows besides the announcements it lists: every other
    /// input, and the newest announcement's year (``SiteModel``'s `year`).
    private var start: StableHash {
        var start = StableHash()
        start.combine(global)
        start.combine(UInt64(site.announcements.first?.date.year ?? 0))
        return start
    }

    /// The key of each announcement's list item (see ``ChunkMemory``), by position: the item is
    /// rendered from the announcement and the values every chunk sees.
    func itemKeys() -> [UInt64] {
        let start = self.start
        return versions.map { version in
            var hash = start
            hash.combine(version)
            return hash.value
        }
    }

    /// The key of every page that has one, by route.
    func keys() -> [Route: UInt64] {
        let resolver = LinkResolver(plan: plan)
        let start = self.start
        var keys: [Route: UInt64] = [:]
        keys.reserveCapacity(plan.pages.count)
        for page in plan.pages {
            var hash = start
            hash.combine(page.route.path)
            guard combine(page, into: &hash, resolver: resolver) else { continue }
            keys[page.route] = hash.value
        }
        return keys
    }

    /// Adds what `page` shows to `hash`; false when the page has no key.
    private func combine(_ page: PlannedPage, into hash: inout StableHash, resolver: LinkResolver) -> Bool {
        let perPage = max(1, site.config.perPage)
        switch page.kind {
        case .announcement(let index):
            let announcement = site.announcements[index]
            hash.combine(versions[index.position])
            // The neighbours the page links to.
            hash.combine(index.position > 0 ? versions[index.position - 1] : 0)
            hash.combine(index.position + 1 < versions.count ? versions[index.position + 1] : 0)
            // Where the body's links lead, which other files decide.
            if let linksKeys, linksKeys.count == versions.count {
                hash.combine(linksKeys[index.position])
            } else {
                hash.combine(resolver.linksKey(of: announcement.body))
            }
        case .announcementList(let number):
            hash.combine(UInt64(number))
            hash.combine(UInt64(site.announcements.count))
            let window = site.announcements.indices.dropFirst((number - 1) * perPage).prefix(perPage)
            for position in window { hash.combine(versions[position]) }
        case .tag(let tagIndex, let number):
            let tag = plan.tags[tagIndex]
            hash.combine(tag.name)
            hash.combine(UInt64(number))
            hash.combine(UInt64(tag.announcements.count))
            for index in tag.announcements.dropFirst((number - 1) * perPage).prefix(perPage) { hash.combine(versions[index.position]) }
        case .archive(let yearIndex):
            let group = plan.years[yearIndex]
            hash.combine(UInt64(group.year))
            combine(group.announcements, into: &hash)
        case .member(let index):
            combine(alliance.announcementsByMember[index] ?? [], into: &hash)
        case .initiative(let index):
            combine(alliance.announcementsByInitiative[index] ?? [], into: &hash)
        case .report(let index):
            let year = site.reports[index].year
            hash.combine(UInt64(bitPattern: Int64(year)))
            combine(plan.years.first { $0.year == year }?.announcements ?? [], into: &hash)
        default:
            return false
        }
        return true
    }

    private func combine(_ announcements: [ItemIndex<Announcement>], into hash: inout StableHash) {
        hash.combine(UInt64(announcements.count))
        for index in announcements { hash.combine(versions[index.position]) }
    }
}
