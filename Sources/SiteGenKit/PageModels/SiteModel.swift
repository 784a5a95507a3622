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

/// `site.alliance`: the alliance's names, founding and secretariat.
struct AllianceModel: TemplateModel {
    let profile: AllianceProfile
    let site: Site

    static let modelName = "alliance"
    static let fields = TemplateFields<AllianceModel>([
        .text("name", "the full name") { $0.profile.name },
        .text("short_name", "the short name") { $0.profile.shortName },
        .text("founded", "when it was founded, as readers write dates") { model in
            model.profile.founded.map { Formatting.displayDate($0, strings: StringsTable.forLanguage(model.site.config.language), language: model.site.config.language) }
        },
        .text("founded_iso", "the same, as YYYY-MM-DD") { $0.profile.founded?.isoDate },
        .text("founded_place", "where it was founded") { $0.profile.foundedPlace },
        .object("secretariat", "how to reach the secretariat") { $0.profile.secretariat.map(ContactModel.init) },
    ])
}

/// A postal, telephone and e-mail contact (`site.alliance.secretariat`).
struct ContactModel: TemplateModel {
    let contact: Contact

    static let modelName = "contact"
    static let fields = TemplateFields<ContactModel>([
        .text("name", "the office's name") { $0.contact.name },
        .text("address", "postal address") { $0.contact.address },
        .text("phone", "telephone number") { $0.contact.phone },
        .text("email", "e-mail address") { $0.contact.email },
    ])
}
