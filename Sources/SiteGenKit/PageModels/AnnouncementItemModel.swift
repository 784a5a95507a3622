/// An announcement in a list. Its values are computed when a template shows them, so a list that
/// shows only the shared `html` chunk computes nothing else.
struct AnnouncementItemModel: TemplateModel {
    let builder: PageContextBuilder
    let index: ItemIndex<Announcement>
    let links: Links

    private var announcement: Announcement { builder.site.announcements[index] }

    static let modelName = "announcement item"
    static let fields = TemplateFields<AnnouncementItemModel>([
        .text("title", "the title") { $0.announcement.title },
        .text("href", "its page") { $0.links.href(Routes.announcement(slug: $0.announcement.slug)) },
        .text("date", "its date, as readers write dates (2025年9月29日)") { $0.builder.displayDate($0.announcement.date) },
        .text("date_iso", "the same, as YYYY-MM-DD") { $0.announcement.date.isoDate },
        .number("year", "its year") { $0.announcement.date.year },
        .list("tags", "its tags that have pages") { $0.builder.tagLinks($0.announcement.tags, links: $0.links) },
        .text("summary", "`summary:`, or the start of the text") { $0.announcement.summary.isEmpty ? nil : $0.announcement.summary },
        .number("attachment_count", "how many attachments it has") { $0.announcement.attachments.isEmpty ? nil : $0.announcement.attachments.count },
        .flag("draft", "whether it is a draft (only with `--drafts`)") { $0.announcement.isDraft },
        .text("expires", "when the notice stops applying (`expires:`), as readers write dates") { model in model.announcement.expires.map(model.builder.displayDate) },
        .text("expires_iso", "the same, as YYYY-MM-DD") { $0.announcement.expires?.isoDate },
        .flag("expired", "whether that moment has passed (the end of the day when no time is given): the theme marks it 已截止") { $0.announcement.isExpired(at: $0.builder.site.now) },
        .html("html", "the item as `partials/announcement-item` shows it, rendered once per build; emit with `{{{html}}}`") { $0.builder.sharedItemHTML($0.index, links: $0.links) },
    ])
}
