/// The URL scheme of a built site: where each kind of page and file is written.
enum Routes {
    /// Top-level names that pages may not take as slugs.
    static let reservedTopLevelNames: Set<String> = [
        "announcements", "tags", "archive", "files", "assets", "members", "initiatives", "reports", "search", "feed.xml", "sitemap.xml", "robots.txt", "404.html", "index.html",
    ]

    /// Announcement slugs that would collide with the list pages.
    static let reservedAnnouncementSlugs: Set<String> = ["page"]

    /// The announcements list, page `number` (1-based).
    static func announcementList(page number: Int) -> Route {
        number <= 1 ? Route(pageAt: "announcements") : Route(pageAt: "announcements/page/\(number)")
    }

    /// One announcement.
    static func announcement(slug: String) -> Route { Route(pageAt: "announcements/\(slug)") }

    /// The list of all tags.
    static let tagIndex = Route(pageAt: "tags")

    /// The announcements with one tag, page `page` (1-based).
    static func tag(slug: String, page: Int = 1) -> Route {
        page <= 1 ? Route(pageAt: "tags/\(slug)") : Route(pageAt: "tags/\(slug)/page/\(page)")
    }

    /// The list of years.
    static let archiveIndex = Route(pageAt: "archive")

    /// The announcements of one year.
    static func archive(year: Int) -> Route { Route(pageAt: "archive/\(year)") }

    /// Member ids that would collide with the member views.
    static let reservedMemberIDs: Set<MemberID> = ["regions", "council", "former", "page"]

    /// The member directory.
    static let memberDirectory = Route(pageAt: "members")
    /// Members by region.
    static let memberRegions = Route(pageAt: "members/regions")
    /// The council.
    static let memberCouncil = Route(pageAt: "members/council")
    /// Former members.
    static let formerMembers = Route(pageAt: "members/former")
    /// One member.
    static func member(id: MemberID) -> Route { Route(pageAt: "members/\(id.rawValue)") }
    /// All initiatives.
    static let initiativeIndex = Route(pageAt: "initiatives")
    /// One initiative.
    static func initiative(slug: String) -> Route { Route(pageAt: "initiatives/\(slug)") }
    /// All reports.
    static let reportIndex = Route(pageAt: "reports")
    /// One annual report.
    static func report(year: Int) -> Route { Route(pageAt: "reports/\(year)") }

    /// A free page.
    static func page(slug: String) -> Route { Route(pageAt: slug) }

    /// Where an old address (`aliases:`) is written: `/2019/07/old/` (or `/2019/07/old`) as a
    /// folder's index.html, `/news/123.html` as that file. Percent-escapes are decoded, since
    /// the file on disk holds the characters. Nil, with why, for what is not a path on this site.
    static func alias(_ text: String) -> Result<Route, AliasProblem> {
        let trimmed = text.trimmingSpaces()
        guard trimmed.hasPrefix("/"), !trimmed.hasPrefix("//") else { return .failure(.notASitePath) }
        guard !trimmed.contains(where: { $0 == "?" || $0 == "#" }) else { return .failure(.hasQueryOrFragment) }
        let decoded = PercentDecoding.decode(String(trimmed.dropFirst())) ?? String(trimmed.dropFirst())
        guard let path = Path.normalize(decoded), !path.isEmpty else { return .failure(.notAPage) }
        if trimmed.hasSuffix("/") || Path.fileExtension(path).isEmpty { return .success(Route(pageAt: path)) }
        return .success(Route(file: path))
    }

    /// Why an alias cannot be written.
    enum AliasProblem: Error {
        /// It is not a path starting with `/`.
        case notASitePath
        /// It has `?` or `#`, which a file on a static server cannot answer.
        case hasQueryOrFragment
        /// It names the top of the site, or leaves it.
        case notAPage
    }

    /// A file copied from `Content/files/`.
    static func file(_ path: String) -> Route { Route(file: Path.join("files", path)) }

    /// A theme asset copied from `Templates/assets/`.
    static func asset(_ path: String) -> Route { Route(file: Path.join("assets", path)) }

    /// The Atom feed.
    static let feed = Route(file: "feed.xml")
    /// The sitemap.
    static let sitemap = Route(file: "sitemap.xml")
    /// The robots file.
    static let robots = Route(file: "robots.txt")
    /// The site search's results page; its index is written beside it (see ``SearchIndex``).
    static let search = Route(pageAt: "search")
    /// The page shown for a missing URL.
    static let notFound = Route(file: "404.html")
}
