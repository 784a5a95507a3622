/// Who the alliance is: its names, founding and secretariat.
struct AllianceProfile: Sendable {
    /// The full name, e.g. 长三角一体化技工教育联盟.
    var name: String
    /// A short name, e.g. 长三角技工教育联盟.
    var shortName: String?
    /// When it was founded.
    var founded: SiteDate?
    /// Where it was founded.
    var foundedPlace: String?
    /// How to reach the secretariat.
    var secretariat: Contact?

    /// Creates a profile.
    init(name: String, shortName: String? = nil, founded: SiteDate? = nil, foundedPlace: String? = nil, secretariat: Contact? = nil) {
        self.name = name
        self.shortName = shortName
        self.founded = founded
        self.foundedPlace = foundedPlace
        self.secretariat = secretariat
    }
}
