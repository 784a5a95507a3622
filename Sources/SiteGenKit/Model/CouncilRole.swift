/// A member's place in the alliance's council (理事会).
///
/// Written in Chinese (`理事长单位`) or by its English key (`president`); ordered by rank.
public enum CouncilRole: String, CaseIterable, Sendable, Comparable {
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

    /// The Chinese name, e.g. 副理事长单位.
    public var chineseName: String {
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
    private var alternativeNames: [String] {
        switch self {
        case .president: return ["理事长"]
        case .vicePresident: return ["副理事长"]
        case .executiveDirector: return ["常务理事"]
        case .director: return ["理事"]
        case .secretariat: return ["秘书处单位", "秘书长单位"]
        case .member: return ["会员单位", "成员"]
        }
    }

    /// Reads a role written in Chinese or as an English key.
    public init?(written text: String) {
        let key = EnumKey.normalize(text)
        guard let match = CouncilRole.allCases.first(where: {
            $0.rawValue == key || $0.chineseName == text || $0.alternativeNames.contains(text)
        }) else { return nil }
        self = match
    }

    /// Every accepted spelling, for hints.
    public static var spellings: [String] { allCases.flatMap { [$0.chineseName, $0.rawValue] } }

    /// Orders by rank, the president first.
    public static func < (lhs: CouncilRole, rhs: CouncilRole) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
