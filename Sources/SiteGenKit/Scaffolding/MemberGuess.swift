/// Tells a new member's type and region from its name, for editors to check.
enum MemberGuess {
    /// Words that end organisations' names, and the type they mark.
    private static let typeWords: [(word: String, type: MemberType)] = [
        ("技师学院", .technicalSchool), ("技工学校", .technicalSchool), ("技工院校", .technicalSchool),
        ("职业技术学院", .vocationalCollege), ("职业学院", .vocationalCollege), ("高等专科学校", .vocationalCollege), ("职业大学", .vocationalCollege),
        ("中等专业学校", .secondaryVocationalSchool), ("职业中专", .secondaryVocationalSchool), ("中专", .secondaryVocationalSchool),
        ("职业学校", .secondaryVocationalSchool), ("职业高级中学", .secondaryVocationalSchool), ("职业中学", .secondaryVocationalSchool),
        ("大学", .university), ("学院", .university),
        ("协会", .industryAssociation), ("学会", .industryAssociation), ("商会", .industryAssociation), ("联合会", .industryAssociation),
        ("研究院", .researchInstitute), ("研究所", .researchInstitute), ("研究中心", .researchInstitute), ("科学院", .researchInstitute),
        ("培训中心", .trainingProvider), ("培训学校", .trainingProvider), ("培训机构", .trainingProvider),
        ("人民政府", .governmentBody), ("局", .governmentBody), ("厅", .governmentBody), ("委员会", .governmentBody),
        ("公司", .enterprise), ("集团", .enterprise), ("企业", .enterprise), ("厂", .enterprise),
    ]

    /// The type a name marks: the word that ends latest in it (in Chinese the kind of a thing comes
    /// last: 研究院有限公司 is a company), the longest when two end together; nil when none does.
    static func type(fromName name: String) -> MemberType? {
        var best: (end: Int, length: Int, type: MemberType)?
        let scalars = Array(name.unicodeScalars)
        for (word, type) in typeWords {
            let pattern = Array(word.unicodeScalars)
            guard let end = lastEnd(of: pattern, in: scalars) else { continue }
            if best.map({ (end, pattern.count) > ($0.end, $0.length) }) ?? true {
                best = (end, pattern.count, type)
            }
        }
        return best?.type
    }

    /// The province-level region named earliest in `text` (`上海市机械行业协会` → 上海), or nil.
    static func region(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var best: (start: Int, length: Int, name: String)?
        for name in ProvinceNames.all {
            let pattern = Array(name.unicodeScalars)
            guard let start = firstStart(of: pattern, in: scalars) else { continue }
            if best.map({ start < $0.start || (start == $0.start && pattern.count > $0.length) }) ?? true {
                best = (start, pattern.count, name)
            }
        }
        return best?.name
    }

    /// The region most of `regions` share (written as members write them), the earliest in
    /// ``ProvinceNames/all`` when several share the most; nil when none is a region.
    static func mostCommonRegion(_ regions: [String]) -> String? {
        var counts: [String: Int] = [:]
        for written in regions {
            if let region = ProvinceNames.canonical(written) { counts[region, default: 0] += 1 }
        }
        guard let most = counts.values.max() else { return nil }
        return ProvinceNames.all.first { counts[$0] == most }
    }

    private static func firstStart(of pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> Int? {
        guard !pattern.isEmpty, pattern.count <= scalars.count else { return nil }
        for start in 0...(scalars.count - pattern.count) where scalars[start..<(start + pattern.count)].elementsEqual(pattern) {
            return start
        }
        return nil
    }

    private static func lastEnd(of pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> Int? {
        guard !pattern.isEmpty, pattern.count <= scalars.count else { return nil }
        for start in stride(from: scalars.count - pattern.count, through: 0, by: -1) where scalars[start..<(start + pattern.count)].elementsEqual(pattern) {
            return start + pattern.count
        }
        return nil
    }
}
