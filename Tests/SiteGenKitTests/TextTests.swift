import Testing
@testable import SiteGenKit

@Suite struct SlugTests {
    @Test func dropsLeadingDateFromFileName() {
        #expect(Slug.fromFileName("2025-09-29-second-congress.md") == "second-congress")
        #expect(Slug.fromFileName("2025-03-18-师资研修班开班.md") == "师资研修班开班")
        #expect(Slug.fromFileName("about.md") == "about")
        #expect(Slug.fromFileName("2025-09-29.md") == "2025-09-29")
        #expect(Slug.fromFileName("2025-9-29-x.md") == "2025-9-29-x")
    }

    @Test func tagSlugsKeepChineseAndLowercaseLatin() {
        #expect(Slug.make(from: "产教融合") == "产教融合")
        #expect(Slug.make(from: "AI 技能 / Contest?") == "ai-技能-contest")
        #expect(Slug.forTag("!!!").hasPrefix("tag-"))
    }

    /// The slug rules as first written, on whole strings (`lowercased()`, characters).
    private static func referenceSlug(_ text: String) -> String {
        var result = ""
        var lastWasDash = false
        for scalar in text.lowercased().unicodeScalars {
            let keep = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "."
            if keep {
                result.unicodeScalars.append(scalar)
                lastWasDash = false
            } else if !lastWasDash, !result.isEmpty {
                result.append("-")
                lastWasDash = true
            }
        }
        while result.hasSuffix("-") || result.hasSuffix(".") { result.removeLast() }
        while result.hasPrefix(".") { result.removeFirst() }
        return result
    }

    @Test func slugsAreThoseOfTheRulesAsFirstWrittenForEveryScalarAndMixedText() {
        // Every scalar of the Basic Multilingual Plane alone and between letters (lowercasing
        // that changes the length, such as İ, included).
        for value in UInt32(1)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(Character(scalar))
            #expect(Slug.make(from: alone) == Self.referenceSlug(alone), "U+\(String(value, radix: 16))")
            let between = "Ab" + alone + "9."
            #expect(Slug.make(from: between) == Self.referenceSlug(between), "U+\(String(value, radix: 16))")
        }
        var generator = SystemRandomNumberGenerator()
        let pieces = ["技能", "大赛", " ", "-", ".", "..", "_", "AI", "Ärger", "İstanbul", "ΣΟΦΙΑ", "？", "（", "）", "/", "😀", "𠮷", "２０２５", "x\u{301}", "\u{301}", "ǅ"]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...7, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(Slug.make(from: text) == Self.referenceSlug(text), "\(text)")
        }
    }

    @Test func aDateIsDroppedOnlyWhenItIsWholeAndSomethingFollows() {
        #expect(Slug.fromFileName("2025-09-29-通知.md") == "通知")
        #expect(Slug.fromFileName("2025-09-29-.md") == "2025-09-29-")
        #expect(Slug.fromFileName("2025-09-29-a") == "a")
        #expect(Slug.fromFileName("２０２５-09-29-通知.md") == "２０２５-09-29-通知")
        #expect(Slug.fromFileName("2025-09-2x-通知.md") == "2025-09-2x-通知")
        #expect(Slug.fromFileName("2025_09-29-通知.md") == "2025_09-29-通知")
        #expect(Slug.fromFileName("通知.md") == "通知")
    }

    @Test func reservedCharactersAreRefusedInSlugs() {
        for reserved in ["?", "#", "%", "\"", "<", ">", "|", "*", ":"] {
            #expect(Slug.problem(with: "a" + reserved + "b") == "must not contain any of ? # % \" < > | * :", "\(reserved)")
        }
        #expect(Slug.problem(with: "技能-大赛_2025.v2") == nil)
    }

    @Test func rejectsSlugsThatEscapeTheirFolder() {
        #expect(Slug.problem(with: "ok-slug") == nil)
        #expect(Slug.problem(with: "中文") == nil)
        #expect(Slug.problem(with: "../etc") != nil)
        #expect(Slug.problem(with: "a/b") != nil)
        #expect(Slug.problem(with: ".hidden") != nil)
        #expect(Slug.problem(with: "a\u{0}b") != nil)
        #expect(Slug.problem(with: "") != nil)
    }

    @Test func xmlEscapingReplacesMarkupCharactersAndDropsControlCharacters() {
        #expect(Escaping.xml("https://example.org/通知/a-b/") == "https://example.org/通知/a-b/")
        #expect(Escaping.xml("甲&乙 <丙> \"丁\" '戊'") == "甲&amp;乙 &lt;丙&gt; &quot;丁&quot; &#39;戊&#39;")
        #expect(Escaping.xml("行一\n行二\t\r") == "行一\n行二\t\r")
        #expect(Escaping.xml("铃\u{7}声\u{1F}") == "铃声")
        #expect(Escaping.xml("") == "")
    }

    @Test func percentEncodesChineseSegments() {
        #expect(Escaping.percentEncodePathSegment("师资") == "%E5%B8%88%E8%B5%84")
        #expect(Escaping.percentEncodePathSegment("a b&c") == "a%20b%26c")
        #expect(Escaping.percentEncodePathSegment("keep-._~09AZaz") == "keep-._~09AZaz")
    }
}

@Suite struct JavaScriptStringTests {
    @Test func escapesWhatEndsAStringOrAScriptAndKeepsTheRest() {
        #expect(Escaping.javaScriptString("联盟") == "\"联盟\"")
        #expect(Escaping.javaScriptString("") == "\"\"")
        #expect(Escaping.javaScriptString("a\"b\\c\nd") == #""a\"b\\c\nd""#)
        #expect(Escaping.javaScriptString("</script><!--&") == #""\u003c/script\u003e\u003c!--\u0026""#)
        #expect(Escaping.javaScriptString("\u{1}\t\u{7F}") == #""\u0001\u0009\u007f""#)
        #expect(Escaping.javaScriptString("行\u{2028}段\u{2029}末") == #""行\u2028段\u2029末""#)
        // A run of plain text before, between and after escapes is copied whole.
        var bytes = Array("x=".utf8)
        Escaping.appendJavaScriptString("技工\"教育\"", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #"x="技工\"教育\"""#)
        #expect(Escaping.javaScriptString("—…“”") == "\"—…“”\"", "other E2 80 xx characters stay as they are")
    }
}

@Suite struct SummarizerTests {
    @Test func theScalarPathCollapsesAsTheCharacterPathDoesOrStepsAside() {
        // Simple scalars mixed with ones that join their neighbours into one character (a
        // combining accent, CR LF, an emoji with a variation selector, Hangul jamo, a combining
        // ideographic tone mark) and white space of several kinds.
        let pieces = ["联", "盟", "。", "a", "B", " ", "\t", "\n", "\r\n", "\u{3000}", "“", "—", "e\u{301}", "\u{301}", "❤\u{FE0F}", "\u{1100}\u{1161}", "\u{302A}", "\u{A0}", "Ａ"]
        var generator = SeededRandom(state: 11)
        var simple = 0
        for _ in 0..<2000 {
            let text = (0..<generator.below(40)).map { _ in pieces[generator.below(pieces.count)] }.joined()
            let count = 1 + generator.below(30)
            let expected = Summarizer.collapseWhitespace(ofCharacters: text, keeping: count)
            if let fast = Summarizer.collapseWhitespace(ofSimpleText: text, keeping: count) {
                simple += 1
                #expect(fast == expected, "\(Array(text.unicodeScalars)) keeping \(count)")
            }
        }
        // Both paths were compared often enough to mean something.
        #expect(simple > 100)
    }

    @Test func theScalarPathCutsAsTheCharacterPathDoes() {
        // Sentence ends, closers, spaces, commas and Latin words, cut at small limits.
        let pieces = ["联", "盟", "。", "！", "；", "”", "」", "）", ")", "\"", " ", "\u{3000}", "\n", "，", ",", "、", "：", ":", "Word", ".", "!", "?", "a", "通知"]
        var generator = SeededRandom(state: 23)
        var cut = 0
        for _ in 0..<3000 {
            let text = (0..<generator.below(60)).map { _ in pieces[generator.below(pieces.count)] }.joined()
            let limit = 12 + generator.below(30)
            let summary = Summarizer.summary(of: text, limit: limit)
            #expect(summary == Summarizer.summary(ofCharacters: text, limit: limit), "\(text) at \(limit)")
            if summary.hasSuffix("…") { cut += 1 }
        }
        // Cuts at the limit were compared often enough to mean something.
        #expect(cut > 200)
    }

    @Test func shortParagraphIsKeptWhole() {
        #expect(Summarizer.summary(of: "联盟召开大会。会议顺利。") == "联盟召开大会。会议顺利。")
    }

    @Test func cutsAtTheLastChineseSentenceEndWithinTheLimit() {
        let first = String(repeating: "联", count: 50) + "。"
        let second = String(repeating: "盟", count: 50) + "！"
        let third = String(repeating: "会", count: 50) + "。"
        #expect(Summarizer.summary(of: first + second + third) == first + second)
    }

    @Test func everyWideSentenceEndAndEveryCloserCounts() {
        for end in ["。", "！", "？", "；"] {
            let sentence = String(repeating: "字", count: 60) + end
            #expect(Summarizer.summary(of: sentence + String(repeating: "后", count: 100)) == sentence, "\(end)")
        }
        for closer in ["”", "’", "」", "』", "）", ")", "\"", "'", "】", "》"] {
            let sentence = String(repeating: "字", count: 60) + "。" + closer
            #expect(Summarizer.summary(of: sentence + String(repeating: "后", count: 100)) == sentence, "\(closer)")
        }
        let latin = "It was done!) " + String(repeating: "word ", count: 40)
        #expect(Summarizer.summary(of: latin) == "It was done!)", "a Latin end before a closer")
        let spaced = String(repeating: "字", count: 60) + "。\u{3000}\t" + String(repeating: "后", count: 100)
        #expect(Summarizer.summary(of: spaced) == String(repeating: "字", count: 60) + "。")
    }

    @Test func keepsClosingQuoteAfterSentenceEnd() {
        let sentence = String(repeating: "字", count: 60) + "。”"
        let rest = String(repeating: "后", count: 100)
        #expect(Summarizer.summary(of: sentence + rest) == sentence)
    }

    @Test func latinSentenceEndNeedsAFollowingSpace() {
        let text = "Version 3.5 was released. " + String(repeating: "word ", count: 40)
        #expect(Summarizer.summary(of: text) == "Version 3.5 was released.")
    }

    @Test func withoutSentenceEndCutsAtLimitWithEllipsis() {
        let text = String(repeating: "长", count: 200)
        let summary = Summarizer.summary(of: text)
        #expect(summary == String(repeating: "长", count: 120) + "…")
    }

    @Test func latinWithoutSentenceEndCutsAtAWordBoundary() {
        let text = String(repeating: "alliance ", count: 30)
        let summary = Summarizer.summary(of: text)
        #expect(summary.hasSuffix("alliance…"))
        #expect(summary.count <= 121)
    }

    @Test func neverSplitsACharacter() {
        let family = "👨‍👩‍👧"
        let text = String(repeating: "字", count: 119) + family + String(repeating: "字", count: 20)
        let summary = Summarizer.summary(of: text)
        #expect(summary == String(repeating: "字", count: 119) + family + "…")
    }
}

@Suite struct SiteDateTests {
    @Test func parsesDatesAndTimes() {
        #expect(SiteDate(parsing: "2025-09-29")?.isoDate == "2025-09-29")
        #expect(SiteDate(parsing: "2025-09-29 14:30")?.description == "2025-09-29 14:30")
        #expect(SiteDate(parsing: "2025-09-29T14:30:05")?.rfc3339(offset: "+08:00") == "2025-09-29T14:30:05+08:00")
        #expect(SiteDate(parsing: "2024-02-29") != nil)
        #expect(SiteDate(parsing: "2025-02-29") == nil)
        #expect(SiteDate(parsing: "2025-13-01") == nil)
        #expect(SiteDate(parsing: "2025/09/29") == nil)
        #expect(SiteDate(parsing: "九月") == nil)
        #expect(SiteDate(parsing: "2025-09-29 25:00") == nil)
    }

    @Test func ordersByDateThenTime() throws {
        let morning = try #require(SiteDate(parsing: "2025-09-29 09:00"))
        let day = try #require(SiteDate(parsing: "2025-09-29"))
        let next = try #require(SiteDate(parsing: "2025-09-30"))
        #expect(day < morning)
        #expect(morning < next)
        #expect(StringsTable.simplifiedChinese.longDate(day) == "2025年9月29日")
    }
}

@Suite struct SuggestionTests {
    @Test func suggestsNearMisses() {
        #expect(Suggestions.closest(to: "titel", in: ["title", "date", "tags"]) == ["title"])
        #expect(Suggestions.closest(to: "zzzz", in: ["title", "date"]).isEmpty)
        #expect(Suggestions.editDistance("abc", "acb") == 1)
    }
}

/// The summarizer reads only as much of a paragraph as it needs, with the same result as
/// reading all of it.
@Suite struct SummarizerPrefixTests {
    private static func fullCollapse(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for character in text {
            if character.isWhitespace {
                if !lastWasSpace, !result.isEmpty { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(character)
                lastWasSpace = false
            }
        }
        if result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    @Test func sameSummaryAsFromTheWholeParagraph() {
        let pieces = ["联盟", "召开大会", "。", "！", "？", "”", "）", " ", "  ", "\n", "Skills", "contest.", " Done!", "、", "，", "…", "a", "\t", "》"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for limit in [4, 10, 30, 120] {
            for _ in 0..<400 {
                let paragraph = (0..<(next() % 80)).map { _ in pieces[next() % pieces.count] }.joined()
                let reference = Summarizer.summary(of: Self.fullCollapse(paragraph), limit: limit)
                #expect(Summarizer.summary(of: paragraph, limit: limit) == reference, "\(paragraph.debugDescription) at \(limit)")
            }
        }
    }
}

@Suite struct FormattingTests {
    @Test func chineseLanguageTagsShowChineseDates() throws {
        let date = try #require(SiteDate(parsing: "2025-09-29"))
        #expect(StringsTable.simplifiedChinese.displayDate(date, language: "zh-CN") == "2025年9月29日")
        #expect(StringsTable.simplifiedChinese.displayDate(date, language: "ZH-Hant-TW") == "2025年9月29日")
        #expect(StringsTable.simplifiedChinese.displayDate(date, language: "zh") == "2025年9月29日")
        #expect(StringsTable.simplifiedChinese.displayDate(date, language: "en") == "2025-09-29")
        #expect(StringsTable.simplifiedChinese.displayDate(date, language: "z") == "2025-09-29")
        #expect(StringsTable.simplifiedChinese.displayDate(date, language: "") == "2025-09-29")
    }

    @Test func numbersShowAtMostTwoDecimalsRoundedHalfAwayFromZero() {
        #expect(Formatting.number(2) == "2")
        #expect(Formatting.number(1000) == "1000")
        #expect(Formatting.number(1.5) == "1.5")
        #expect(Formatting.number(0.1) == "0.1")
        #expect(Formatting.number(2.0 / 3) == "0.67")
        #expect(Formatting.number(1.0 / 3) == "0.33")
        #expect(Formatting.number(0.125) == "0.13")
        #expect(Formatting.number(-1.5) == "-1.5")
        #expect(Formatting.number(-0.125) == "-0.13")
        #expect(Formatting.number(-0.001) == "0", "no minus sign on a value that rounds to zero")
        #expect(Formatting.quantity(12.5, unit: "人") == "12.5人")
    }

    @Test func fileSizesChangeUnitAtEachPowerOf1024() {
        #expect(Formatting.fileSize(0) == "0 B")
        #expect(Formatting.fileSize(1023) == "1023 B")
        #expect(Formatting.fileSize(1024) == "1 KB")
        #expect(Formatting.fileSize(1536) == "2 KB")
        #expect(Formatting.fileSize(1024 * 1024) == "1.0 MB")
        #expect(Formatting.fileSize(1024 * 1024 - 1) == "1.0 MB", "not 1024 KB")
        #expect(Formatting.fileSize(1024 * 1023) == "1023 KB")
        #expect(Formatting.fileSize(1024 * 1024 * 5 / 4) == "1.3 MB")
    }
}

@Suite struct PathJoinTests {
    @Test func twoPartsJoinAsAListOfThemDoes() {
        let parts = ["", "/", "a", "a/", "/a", "/a/", "通知", "announcements/2025", "//x", "index.html"]
        for first in parts {
            for second in parts {
                #expect(Path.join(first, second) == Path.join([first, second]), "'\(first)' + '\(second)'")
            }
        }
        #expect(Path.join("announcements/通知", "index.html") == "announcements/通知/index.html")
        #expect(Path.join("a/", "/b") == "a/b")
        #expect(Route(pageAt: "").path == "index.html")
        #expect(Route(pageAt: "tags/技能").path == "tags/技能/index.html")
    }
}
