/// One HTML page the build will write, and what it shows.
struct PlannedPage: Sendable, Hashable {
    /// What a page shows; the indices point into the ``Site`` and ``SitePlan`` arrays.
    enum Kind: Sendable, Hashable {
        /// The home page.
        case home
        /// A page of the announcements list (1-based).
        case announcementList(page: Int)
        /// One announcement.
        case announcement(ItemIndex<Announcement>)
        /// All tags.
        case tagIndex
        /// A page (1-based) of the announcements with one tag.
        case tag(ItemIndex<SitePlan.TagGroup>, page: Int)
        /// All years.
        case archiveIndex
        /// The announcements of one year.
        case archive(ItemIndex<SitePlan.YearGroup>)
        /// A free page.
        case page(ItemIndex<Page>)
        /// The "not found" page.
        case notFound
        /// The site search's results page.
        case search
        /// All current members, grouped by type.
        case memberDirectory
        /// Current members grouped by region.
        case memberRegions
        /// The council: current members by role.
        case memberCouncil
        /// Members who left.
        case formerMembers
        /// One member.
        case member(ItemIndex<Member>)
        /// All initiatives, by status.
        case initiativeIndex
        /// One initiative.
        case initiative(ItemIndex<Initiative>)
        /// All annual reports, with keyed metrics across years.
        case reportIndex
        /// One annual report.
        case report(ItemIndex<AnnualReport>)
        /// One item of a content kind beyond the built-in ones: the kind's name and the item's
        /// index in its list (see ``ContentKind``).
        case item(kind: String, index: Int)
    }

    /// Where it is written.
    var route: Route
    /// What it shows.
    var kind: Kind

    /// The Mustache template that renders this kind of page.
    var templateName: String {
        switch kind {
        case .home: return "home"
        case .announcementList: return "announcement-list"
        case .announcement: return "announcement"
        case .tagIndex: return "tag-index"
        case .tag: return "tag"
        case .archiveIndex: return "archive-index"
        case .archive: return "archive"
        case .page: return "page"
        case .notFound: return "404"
        case .search: return "search"
        case .memberDirectory: return "members"
        case .memberRegions: return "members-by-region"
        case .memberCouncil: return "council"
        case .formerMembers: return "former-members"
        case .member: return "member"
        case .initiativeIndex: return "initiatives"
        case .initiative: return "initiative"
        case .reportIndex: return "reports"
        case .report: return "report"
        case .item(let kind, _): return kind
        }
    }
}
