/// A member's place in the alliance's council (理事会).
///
/// Written in Chinese (`理事长单位`) or by its English key (`president`); ordered by rank.
enum CouncilRole: String, BilingualChoice {
    /// 理事长单位: holds the council's presidency.
    case president
    /// 副理事长单位: a vice-president member.
    case vicePresident = "vice-president"
    /// 常务理事单位: an executive director member.
    case executiveDirector = "executive-director"
    /// 理事单位: a director member.
    case director
    /// 秘书处: hosts the secretariat.
    case secretariat
    /// 成员单位: an ordinary member.
    case member

    /// How editors write it in Chinese, e.g. 副理事长单位 (what pages show comes from the strings table).
    var chineseSpelling: String {
        switch self {
        case .president: return "理事长单位"
        case .vicePresident: return "副理事长单位"
        case .executiveDirector: return "常务理事单位"
        case .director: return "理事单位"
        case .secretariat: return "秘书处"
        case .member: return "成员单位"
        }
    }

    /// Other Chinese spellings accepted on input.
    var alternativeNames: [String] {
        switch self {
        case .president: return ["理事长"]
        case .vicePresident: return ["副理事长"]
        case .executiveDirector: return ["常务理事"]
        case .director: return ["理事"]
        case .secretariat: return ["秘书处单位", "秘书长单位"]
        case .member: return ["会员单位", "成员"]
        }
    }
}
