/// The announcement before or after this one (`previous`, `next`).
struct AnnouncementLinkModel: TemplateModel {
    let builder: PageContextBuilder
    let index: ItemIndex<Announcement>
    let links: Links

    private var announcement: Announcement { builder.site.announcements[index] }

    static let modelName = "neighbouring announcement"
    static let fields = TemplateFields<AnnouncementLinkModel>([
        .text("title", "its title") { $0.announcement.title },
        .text("href", "its page") { $0.links.href(Routes.announcement(slug: $0.announcement.slug)) },
        .text("date", "its date, as readers write dates") { $0.builder.displayDate($0.announcement.date) },
        .text("date_iso", "the same, as YYYY-MM-DD") { $0.announcement.date.isoDate },
    ])
}
