/// Who the alliance is: its names, founding and secretariat.
public struct AllianceProfile: Sendable {
    /// The full name, e.g. 长三角一体化技工教育联盟.
    public var name: String
    /// A short name, e.g. 长三角技工教育联盟.
    public var shortName: String?
    /// When it was founded.
    public var founded: SiteDate?
    /// Where it was founded.
    public var foundedPlace: String?
    /// How to reach the secretariat.
    public var secretariat: Contact?

    /// Creates a profile.
    public init(name: String, shortName: String? = nil, founded: SiteDate? = nil, foundedPlace: String? = nil, secretariat: Contact? = nil) {
        self.name = name
        self.shortName = shortName
        self.founded = founded
        self.foundedPlace = foundedPlace
        self.secretariat = secretariat
    }
}
