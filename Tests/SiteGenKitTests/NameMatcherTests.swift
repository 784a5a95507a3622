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

    /// Every name found at every spot by brute force, with the same rule for names inside names.
    private func bruteForce(_ names: [String], in text: String) -> [Int] {
        let bytes = Array(text.utf8)
        var matches: [(start: Int, end: Int, name: Int)] = []
        for start in bytes.indices {
            for (index, name) in names.enumerated() where !name.isEmpty && bytes[start...].starts(with: name.utf8) {
                matches.append((start, start + name.utf8.count, index))
            }
        }
        matches.sort { ($0.start, -$0.end, $0.name) < ($1.start, -$1.end, $1.name) }
        var kept = Set<Int>()
        var cover = (start: -1, end: -1)
        for match in matches {
            if match.end < cover.end || (match.end == cover.end && match.start > cover.start) { continue }
            kept.insert(match.name)
            if match.end > cover.end { cover = (match.start, match.end) }
        }
        return kept.sorted()
    }

    @Test func findsWhatABruteForceSearchFinds() {
        // Few characters, so that names overlap, nest and share beginnings often; characters of
        // one to four UTF-8 bytes.
        let alphabet = Array("技师学院苏州阜阳AB bé𠀀")
        var generator = SeededRandom(state: 7)
        func word(_ range: ClosedRange<Int>) -> String {
            String((0..<Int.random(in: range, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        for _ in 0..<300 {
            let names = (0..<Int.random(in: 1...8, using: &generator)).map { _ in word(1...5) }
            let text = word(0...60)
            #expect(NameMatcher(names: names).names(in: text) == bruteForce(names, in: text), "\(names) in \(text)")
        }
    }
}
