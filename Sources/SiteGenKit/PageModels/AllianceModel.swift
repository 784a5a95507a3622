/// `site.alliance`: the alliance's names, founding and secretariat.
struct AllianceModel: TemplateModel {
    let profile: AllianceProfile
    let site: Site

    static let modelName = "alliance"
    static let fields = TemplateFields<AllianceModel>([
        .text("name", "the full name") { $0.profile.name },
        .text("short_name", "the short name") { $0.profile.shortName },
        .text("founded", "when it was founded, as readers write dates") { model in
            model.profile.founded.map { StringsTable.forLanguage(model.site.config.language).displayDate($0, language: model.site.config.language) }
        },
        .text("founded_iso", "the same, as YYYY-MM-DD") { $0.profile.founded?.isoDate },
        .text("founded_place", "where it was founded") { $0.profile.foundedPlace },
        .object("secretariat", "how to reach the secretariat") { $0.profile.secretariat.map(ContactModel.init) },
    ])
}
