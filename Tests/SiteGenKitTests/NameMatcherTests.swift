import Testing
@testable import SiteGenKit

@Suite struct NameMatcherTests {
    private func found(_ names: [String], in text: String) -> [String] {
        NameMatcher(names: names).names(in: text).map { names[$0] }
    }

    @Test func findsEveryNameInOnePass() {
        let names = ["阜阳技师学院", "上海市申江技师学院", "浙江省机电技师学院", "常州技师学院"]
        #expect(found(names, in: "阜阳技师学院与上海市申江技师学院签约。") == ["阜阳技师学院", "上海市申江技师学院"])
        #expect(found(names, in: "没有提到任何单位。").isEmpty)
        #expect(found(names, in: "").isEmpty)
    }

    @Test func namesAtTheStartAndEndOfTheText() {
        let names = ["阜阳技师学院", "常州技师学院"]
        #expect(found(names, in: "阜阳技师学院") == ["阜阳技师学院"])
        #expect(found(names, in: "阜阳技师学院承办，常州技师学院") == ["阜阳技师学院", "常州技师学院"])
        #expect(found(names, in: "阜阳技师学") .isEmpty)
    }

    @Test func theLongerNameWinsWhereOneContainsAnother() {
        let names = ["苏州技师学院", "苏州技师学院附属技工学校", "技工学校"]
        #expect(found(names, in: "苏州技师学院附属技工学校举办开放日。") == ["苏州技师学院附属技工学校"])
        #expect(found(names, in: "苏州技师学院附属技工学校和苏州技师学院联合办学。") == ["苏州技师学院", "苏州技师学院附属技工学校"])
        #expect(found(names, in: "各技工学校") == ["技工学校"])
    }

    @Test func overlappingNamesThatDoNotContainEachOtherBothCount() {
        let names = ["南京工程", "工程学院"]
        #expect(found(names, in: "南京工程学院") == ["南京工程", "工程学院"])
    }

    @Test func failureLinksFindNamesAfterAPartialMatch() {
        let names = ["技师学院附属", "师学院"]
        #expect(found(names, in: "技师学院培训") == ["师学院"])
        let latin = ["abcd", "bce"]
        #expect(found(latin, in: "xabcex") == ["bce"])
    }

    @Test func latinNamesMatchExactly() {
        let names = ["Siemens Ltd.", "ABB", "ABB Robotics"]
        #expect(found(names, in: "With ABB Robotics and Siemens Ltd.") == ["Siemens Ltd.", "ABB Robotics"])
        #expect(found(names, in: "abb robotics") .isEmpty)
        #expect(found(names, in: "ABB, then ABB Robotics") == ["ABB", "ABB Robotics"])
    }

    @Test func duplicateAndEmptyNames() {
        let names = ["", "阜阳技师学院", "阜阳技师学院"]
        #expect(NameMatcher(names: names).names(in: "阜阳技师学院") == [1, 2])
        #expect(NameMatcher(names: []).names(in: "任何文字").isEmpty)
    }
}
