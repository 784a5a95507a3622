import Foundation

/// The kind of organisation a member is.
///
/// Editors write a type in Chinese (`技工院校`) or by its English key (`technical-school`).
enum MemberType: String, BilingualChoice {
    /// 技工院校: a technical school or technician college.
    case technicalSchool = "technical-school"
    /// 中职学校: a secondary vocational school.
    case secondaryVocationalSchool = "secondary-vocational-school"
    /// 高职院校: a higher vocational college.
    case vocationalCollege = "vocational-college"
    /// 本科院校: a university.
    case university
    /// 行业协会: an industry association.
    case industryAssociation = "industry-association"
    /// 企业: an enterprise.
    case enterprise
    /// 科研院所: a research institute.
    case researchInstitute = "research-institute"
    /// 培训机构: a training provider.
    case trainingProvider = "training-provider"
    /// 政府部门: a government body.
    case governmentBody = "government-body"

    /// The Chinese name, e.g. 技工院校.
    var chineseName: String {
        switch self {
        case .technicalSchool: return "技工院校"
        case .secondaryVocationalSchool: return "中职学校"
        case .vocationalCollege: return "高职院校"
        case .university: return "本科院校"
        case .industryAssociation: return "行业协会"
        case .enterprise: return "企业"
        case .researchInstitute: return "科研院所"
        case .trainingProvider: return "培训机构"
        case .governmentBody: return "政府部门"
        }
    }

    /// The measure word a Chinese count of this type takes: 7所技工院校, 9家行业协会.
    var measureWord: String {
        switch self {
        case .technicalSchool, .secondaryVocationalSchool, .vocationalCollege, .university: return "所"
        case .governmentBody: return "个"
        default: return "家"
        }
    }
}
