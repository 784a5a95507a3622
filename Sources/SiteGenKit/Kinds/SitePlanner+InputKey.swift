extension SitePlanner {
    /// What planning `site` reads that `global` — every input other than the announcement
    /// files, and the build's settings — does not already cover, as one number: each
    /// announcement's file, address, year, tags and old addresses (and its title when it has
    /// some, which their pages show), in order, and what failed to load, was left out or waits
    /// for its date. While it stays the same, so does the plan (a session keeps it).
    static func inputKey(of site: Site, global: UInt64) -> UInt64 {
        var hash = StableHash()
        hash.combine(global)
        hash.combine(UInt64(site.announcements.count))
        for announcement in site.announcements {
            hash.combine(announcement.body.contentPath)
            hash.combine(announcement.slug)
            hash.combine(UInt64(bitPattern: Int64(announcement.date.year)))
            hash.combine(UInt64(announcement.tags.count))
            for tag in announcement.tags { hash.combine(tag) }
            hash.combine(UInt64(announcement.aliases.count))
            if !announcement.aliases.isEmpty {
                hash.combine(announcement.title)
                for alias in announcement.aliases { hash.combine(alias.path) }
            }
        }
        hash.combine(UInt64(site.unloaded.contentPaths.count))
        for path in site.unloaded.contentPaths.sorted() { hash.combine(path) }
        hash.combine(UInt64(site.unloaded.memberIDs.count))
        for id in site.unloaded.memberIDs.map(\.rawValue).sorted() { hash.combine(id) }
        hash.combine(UInt64(site.omittedDrafts.count))
        for path in site.omittedDrafts.sorted() { hash.combine(path) }
        hash.combine(UInt64(site.scheduled.count))
        for item in site.scheduled {
            hash.combine(item.contentPath)
            hash.combine(item.date.description)
        }
        return hash.value
    }
}
