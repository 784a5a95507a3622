/// `site`: what every page knows about the site, with links relative to the page.
struct SiteModel: TemplateModel {
    let site: Site
    let links: Links

    static let modelName = "site"
    static let fields = TemplateFields<SiteModel>([
        .text("title", "the site's title") { $0.site.config.title },
        .text("description", "the site's description") { $0.site.config.description },
        .text("language", "the content's language (`zh-CN`)") { $0.site.config.language },
        .object("alliance", "who the alliance is, from `alliance:` in site.yaml") { model in model.site.config.alliance.map { AllianceModel(profile: $0, site: model.site) } },
        .texts("footer", "the footer's lines") { $0.site.config.footer },
        .number("year", "the year of the newest announcement") { $0.site.announcements.first?.date.year ?? 0 },
        .text("home_href", "the home page") { $0.links.href(.home) },
        .text("announcements_href", "the announcements list") { $0.links.href(Routes.announcementList(page: 1)) },
        .text("tags_href", "all tags") { $0.links.href(Routes.tagIndex) },
        .text("archive_href", "the archive") { $0.links.href(Routes.archiveIndex) },
        .text("feed_href", "the Atom feed") { $0.links.href(Routes.feed) },
        .text("members_href", "the member directory") { $0.links.href(Routes.memberDirectory) },
        .text("initiatives_href", "the initiatives") { $0.links.href(Routes.initiativeIndex) },
        .text("reports_href", "the annual reports") { $0.links.href(Routes.reportIndex) },
        .flag("has_members", "whether the site has members") { !$0.site.members.isEmpty },
        .flag("has_initiatives", "whether it has initiatives") { !$0.site.initiatives.isEmpty },
        .flag("has_reports", "whether it has annual reports") { !$0.site.reports.isEmpty },
    ])
}
