/// Announcements (通知公告): `Content/announcements/*.md`, newest first, with their list pages,
/// tag pages and yearly archives.
struct AnnouncementKind: ContentKind {
    let name = "announcement"
    private static let folder = "announcements"

    func load(into site: inout Site, with loading: ContentLoading) async {
        var decoder = AnnouncementDecoder(diagnostics: loading.diagnostics, fileSizes: loading.fileSizes)
        decoder.memberMentions = MemberMentions(members: site.members)
        let announcements = await loading.loadFolder(Self.folder, unloaded: &site.unloaded, decode: decoder.decode)
        let includeDrafts = loading.includeDrafts
        let now = loading.now
        func isScheduled(_ announcement: Announcement) -> Bool {
            guard !loading.includeFuture, let now else { return false }
            return announcement.date > now
        }
        site.scheduled = announcements.filter { !$0.isDraft && isScheduled($0) }
            .map { ScheduledAnnouncement(contentPath: $0.body.contentPath, title: $0.title, date: $0.date, location: $0.location) }
            .sorted { ($0.date, $0.contentPath) < ($1.date, $1.contentPath) }
        if let now {
            let expiries = announcements.compactMap(\.expiryMoment).filter { $0 > now }
            site.nextChange = (site.scheduled.map(\.date) + expiries).min()
        }
        // Newest first, then by slug; sorted by index, on the dates (as ordinals) and slugs taken
        // out once: reaching into thousands of announcements for every comparison costs more
        // than the comparisons.
        let dates = announcements.map(\.date.ordinal)
        let slugs = announcements.map(\.slug)
        site.announcements = announcements.indices
            .filter { (includeDrafts || !announcements[$0].isDraft) && !isScheduled(announcements[$0]) }
            .sorted { dates[$0] != dates[$1] ? dates[$0] > dates[$1] : slugs[$0] < slugs[$1] }
            .map { announcements[$0] }
        site.omittedDrafts = Set(announcements.filter { !includeDrafts && $0.isDraft }.map(\.body.contentPath))
    }

    func bodies(in site: Site) -> [MarkdownSource] { site.announcements.map(\.body) }

    func plan(_ site: Site, into planner: inout PagePlanner) {
        let perPage = planner.perPage
        planner.announcementListPages = Pagination.pageCount(site.announcements.count, perPage: perPage)
        for number in 1...planner.announcementListPages {
            planner.add(Routes.announcementList(page: number), .announcementList(page: number))
        }

        var tagOrder: [String] = []
        var tagsBySlug: [String: SitePlan.TagGroup] = [:]
        var years: [Int: [ItemIndex<Announcement>]] = [:]
        // A few dozen tags carried thousands of times: each slug is made once.
        var slugByTag: [String: String] = [:]
        for index in site.announcements.itemIndices {
            let announcement = site.announcements[index]
            if Routes.reservedAnnouncementSlugs.contains(announcement.slug) {
                planner.diagnostics.error(at: announcement.location, "the slug \"\(announcement.slug)\" is reserved for the list pages", hint: "set another 'slug:' or rename the file")
                continue
            }
            guard planner.add(
                Routes.announcement(slug: announcement.slug), .announcement(index), by: announcement.location,
                what: "announcement \"\(announcement.title)\"", contentPath: announcement.body.contentPath
            ) else { continue }
            planner.addRedirects(announcement.aliases, to: Routes.announcement(slug: announcement.slug), title: announcement.title)
            years[announcement.date.year, default: []].append(index)
            for tag in announcement.tags {
                let slug = slugByTag[tag] ?? Slug.forTag(tag)
                slugByTag[tag] = slug
                if tagsBySlug[slug] == nil {
                    tagOrder.append(slug)
                    tagsBySlug[slug] = SitePlan.TagGroup(name: tag, slug: slug, announcements: [])
                }
                tagsBySlug[slug]?.announcements.append(index)
            }
        }

        planner.tags = tagOrder.compactMap { tagsBySlug[$0] }
            .sorted { ($0.announcements.count, $1.name) > ($1.announcements.count, $0.name) }
        planner.add(Routes.tagIndex, .tagIndex)
        for index in planner.tags.itemIndices {
            let tag = planner.tags[index]
            planner.tagIndexBySlug[tag.slug] = index
            for number in 1...Pagination.pageCount(tag.announcements.count, perPage: perPage) {
                planner.add(Routes.tag(slug: tag.slug, page: number), .tag(index, page: number))
            }
        }

        planner.years = years.keys.sorted(by: >).map { SitePlan.YearGroup(year: $0, announcements: years[$0] ?? []) }
        planner.add(Routes.archiveIndex, .archiveIndex)
        for index in planner.years.itemIndices {
            let group = planner.years[index]
            planner.add(Routes.archive(year: group.year), .archive(index))
        }
    }

    func route(ofUnloaded contentPath: String) -> Route? {
        guard let slug = ContentKinds.slug(of: contentPath, in: Self.folder) else { return nil }
        return Routes.announcement(slug: slug)
    }

    func lastModified(in site: Site) -> [Route: SiteDate] {
        var dates: [Route: SiteDate] = [:]
        for announcement in site.announcements { dates[Routes.announcement(slug: announcement.slug)] = announcement.date }
        return dates
    }
}
