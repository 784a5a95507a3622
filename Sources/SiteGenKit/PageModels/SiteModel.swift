/// `site`: what every page knows about the site, with links relative to the page.
struct SiteModel: TemplateModel {
    /// Whose site it is: a reference, so that the many copies templates make of this value do
    /// not copy the site's arrays and settings.
    let builder: PageContextBuilder
    let links: Links

    static let modelName = "site"
    static let fields = TemplateFields<SiteModel>([
        .text("title", "the site's title") { $0.builder.site.config.title },
        .text("description", "the site's description") { $0.builder.site.config.description },
        .text("tagline", "the home page's lead line (`tagline:`), or nothing") { $0.builder.site.config.tagline },
        .text("language", "the content's language (`zh-CN`)") { $0.builder.site.config.language },
        .object("alliance", "who the alliance is, from `alliance:` in site.yaml") { model in model.builder.site.config.alliance.map { AllianceModel(profile: $0, site: model.builder.site) } },
        .texts("footer", "the footer's lines") { $0.builder.site.config.footer },
        .number("year", "the year of the newest announcement") { $0.builder.site.announcements.first?.date.year ?? 0 },
        .text("home_href", "the home page") { $0.links.href(.home) },
        .text("announcements_href", "the announcements list") { $0.links.href(Routes.announcementList(page: 1)) },
        .text("tags_href", "all tags") { $0.links.href(Routes.tagIndex) },
        .text("archive_href", "the archive") { $0.links.href(Routes.archiveIndex) },
        .text("search_href", "the search page (its form's `action` is `archive_href`, for browsers without JavaScript)") { $0.links.href(Routes.search) },
        .text("feed_href", "the Atom feed") { $0.links.href(Routes.feed) },
        .text("members_href", "the member directory") { $0.links.href(Routes.memberDirectory) },
        .text("initiatives_href", "the initiatives") { $0.links.href(Routes.initiativeIndex) },
        .text("reports_href", "the annual reports") { $0.links.href(Routes.reportIndex) },
        .text("favicon_href", "the site's icon (`favicon:`); without it the theme uses its own") { model in model.builder.site.config.favicon.map { model.links.href(Routes.file($0.path)) } },
        .text("social_image_url", "the absolute URL of the picture for shared pages (`social_image:`, needs `base_url`)") { model in
            guard let image = model.builder.site.config.socialImage, let base = model.builder.site.config.baseURL else { return nil }
            return Routes.file(image.path).absoluteURL(base: base)
        },
        .text("locale", "the language as Open Graph writes it (zh_CN)") { String($0.builder.site.config.language.map { $0 == "-" ? "_" : $0 }) },
        .flag("has_members", "whether the site has members") { !$0.builder.site.members.isEmpty },
        .flag("has_initiatives", "whether it has initiatives") { !$0.builder.site.initiatives.isEmpty },
        .flag("has_reports", "whether it has annual reports") { !$0.builder.site.reports.isEmpty },
    ])
}
