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

    /// How editors write it in Chinese, e.g. 技工院校 (what pages show comes from the strings table).
    var chineseSpelling: String {
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
}
