import Foundation
import Testing
@testable import SiteGenKit

/// `sitegen new`: each kind's new file builds without a problem and shows its title, named and
/// dated as the site would; existing files, addresses and ids are never taken.
@Suite struct NewContentTests {
    /// 2025-09-29 10:00 in China (02:00 UTC).
    private static let morningInChina = Date(timeIntervalSince1970: 1_759_111_200)

    private static func scaffolder(_ contentDirectory: String, fileSystem: any FileSystem = LocalFileSystem(), at instant: Date = morningInChina) -> ContentScaffolder {
        ContentScaffolder(contentDirectory: contentDirectory, fileSystem: fileSystem, now: { instant })
    }

    private static func request(_ kind: NewContent.Kind, _ title: String, configure: (inout NewContent) -> Void = { _ in }) -> NewContent {
        var content = NewContent(kind: kind, title: title)
        configure(&content)
        return content
    }

    /// One new file of each kind, where it is written, the page it makes, and the title the page shows.
    struct Case: Sendable, CustomTestStringConvertible {
        var content: NewContent
        var file: String
        var page: String
        var shownTitle: String
        var testDescription: String { content.kind.rawValue }
    }

    static let cases: [Case] = [
        Case(content: request(.announcement, "第二届联盟大会在阜阳召开"), file: "announcements/2025-09-29-第二届联盟大会在阜阳召开.md",
             page: "announcements/第二届联盟大会在阜阳召开/index.html", shownTitle: "第二届联盟大会在阜阳召开"),
        Case(content: request(.page, "入会程序"), file: "pages/入会程序.md", page: "入会程序/index.html", shownTitle: "入会程序"),
        Case(content: request(.member, "青岛市技师学院") { $0.memberID = "qingdao-tech" }, file: "members/qingdao-tech.md",
             page: "members/qingdao-tech/index.html", shownTitle: "青岛市技师学院"),
        Case(content: request(.initiative, "师资交流计划"), file: "initiatives/师资交流计划.md", page: "initiatives/师资交流计划/index.html", shownTitle: "师资交流计划"),
        Case(content: request(.report, "2026"), file: "reports/2026.md", page: "reports/2026/index.html", shownTitle: "2026年度工作报告"),
    ]

    @Test(arguments: cases) func eachKindsNewFileBuildsWithoutProblemsAndShowsItsTitle(_ example: Case) async throws {
        let site = try WorkingSite()
        let before = await site.build()
        #expect(before.errorCount == 0, "\(before.diagnostics)")

        let path = try Self.scaffolder(site.layout.contentDirectory).write(example.content)
        #expect(path == site.content(example.file))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(ScaffoldText.optionalFieldsLine), "the optional fields are listed for editors")

        let after = await site.build(force: true)
        #expect(after.errorCount == 0, "\(after.diagnostics)")
        #expect(after.diagnostics == before.diagnostics, "the new file adds no error or warning")
        #expect(!after.diagnostics.contains { $0.location.path == path })
        let page = try String(contentsOfFile: Path.join(site.layout.outputDirectory, example.page), encoding: .utf8)
        #expect(page.contains("<h1>\(example.shownTitle)</h1>") || page.contains(">\(example.shownTitle)</h1>"), "\(page.prefix(2000))")
        #expect(page.contains("<title>\(example.shownTitle)"))
    }

    @Test func theFilesFieldsAreTheRequiredOnesWithTodaysDate() throws {
        let fileSystem = InMemoryFileSystem(files: ["Content/site.yaml": TestSupport.minimalSiteYAML])
        let announcement = try Self.scaffolder("Content", fileSystem: fileSystem).write(Self.request(.announcement, "师资研修班开班") { $0.isDraft = true })
        #expect(announcement == "Content/announcements/2025-09-29-师资研修班开班.md")
        let text = try #require(fileSystem.text(at: announcement))
        #expect(text.hasPrefix("---\ntitle: 师资研修班开班\ndate: 2025-09-29 "))
        #expect(text.contains("\ndraft: true "))
        #expect(!text.contains("\n# draft:"), "a draft does not list draft among the optional fields")
        #expect(text.contains("\n# tags: "))
        #expect(text.hasSuffix("---\n在此撰写正文（Markdown）。第一段会作为摘要显示在通知列表中。\n"))

        let member = try Self.scaffolder("Content", fileSystem: fileSystem).write(Self.request(.member, "上海市机械行业协会") { $0.memberID = "sh-assoc" })
        let memberText = try #require(fileSystem.text(at: member))
        let fields = memberText.split(separator: "\n").filter { !$0.hasPrefix("#") && $0.contains(": ") }.map { $0.split(separator: " ")[0] }
        #expect(fields == ["id:", "name:", "type:", "region:", "joined:"])
        #expect(memberText.contains("\ntype: 行业协会 "))
        #expect(memberText.contains("\nregion: 上海 "))
        #expect(memberText.contains("\njoined: 2025-09-29 "))
    }

    @Test func theSlugIsTheTitlesChineseSlugOrTheOneGiven() throws {
        let fileSystem = InMemoryFileSystem(files: ["Content/site.yaml": TestSupport.minimalSiteYAML])
        let scaffolder = Self.scaffolder("Content", fileSystem: fileSystem)
        #expect(try scaffolder.write(Self.request(.announcement, "关于举办“师资研修班”的通知（第2期）")) == "Content/announcements/2025-09-29-关于举办-师资研修班-的通知-第2期.md")
        #expect(try scaffolder.write(Self.request(.page, "Join Us 入会")) == "Content/pages/join-us-入会.md")
        #expect(try scaffolder.write(Self.request(.page, "入会程序") { $0.slug = "join" }) == "Content/pages/join.md")
        #expect(try scaffolder.write(Self.request(.initiative, "校企联合培养") { $0.slug = "joint" }) == "Content/initiatives/joint.md")
        // A slug that looks dated would lose its date to the file name, so it is written out.
        let dated = try scaffolder.write(Self.request(.page, "2025-09-29 大会"))
        #expect(dated == "Content/pages/2025-09-29-大会.md")
        #expect(fileSystem.text(at: dated)?.contains("\nslug: 2025-09-29-大会 ") == true)

        let error = #expect(throws: NewContentError.self) { try scaffolder.write(Self.request(.page, "入会") { $0.slug = "a/b" }) }
        #expect(error?.description == "sitegen new: error: --slug \"a/b\" must not contain '/' or '\\'")
        let empty = #expect(throws: NewContentError.self) { try scaffolder.write(Self.request(.page, "！？")) }
        #expect(empty?.diagnostics.first?.hint?.contains("--slug") == true)
    }

    @Test func aSlugGivenOnTheCommandLineBuilds() async throws {
        let site = try WorkingSite()
        let path = try Self.scaffolder(site.layout.contentDirectory).write(Self.request(.page, "入会程序") { $0.slug = "join" })
        #expect(path == site.content("pages/join.md"))
        let result = await site.build()
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let page = try String(contentsOfFile: Path.join(site.layout.outputDirectory, "join/index.html"), encoding: .utf8)
        #expect(page.contains("<title>入会程序"))
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let original = "---\ntitle: 大会\ndate: 2025-09-29\n---\n编辑写好的正文。\n"
        let fileSystem = InMemoryFileSystem(files: [
            "Content/site.yaml": TestSupport.minimalSiteYAML,
            "Content/announcements/2025-09-29-大会.md": original,
        ])
        let error = #expect(throws: NewContentError.self) {
            try Self.scaffolder("Content", fileSystem: fileSystem).write(Self.request(.announcement, "大会"))
        }
        #expect(error?.diagnostics == [.error(
            at: SourceLocation(path: "Content/announcements/2025-09-29-大会.md"), "file already exists; sitegen new never overwrites a file",
            hint: "choose another title or pass --slug, or edit the file"
        )])
        #expect(fileSystem.text(at: "Content/announcements/2025-09-29-大会.md") == original)
        #expect(fileSystem.allPaths == ["Content/announcements/2025-09-29-大会.md", "Content/site.yaml"])
    }

    @Test func anAddressAnExistingFileHasIsNotTakenAgain() throws {
        let fileSystem = InMemoryFileSystem(files: [
            "Content/site.yaml": TestSupport.minimalSiteYAML,
            "Content/announcements/2024-03-01-大会.md": "---\ntitle: 大会\ndate: 2024-03-01\n---\n",
            "Content/members/qd.yaml": "name: 青岛市技师学院\ntype: 技工院校\nregion: 山东\njoined: 2024-01-01\n",
        ])
        let scaffolder = Self.scaffolder("Content", fileSystem: fileSystem)
        let announcement = #expect(throws: NewContentError.self) { try scaffolder.write(Self.request(.announcement, "大会")) }
        #expect(announcement?.description == "Content/announcements/2025-09-29-大会.md: error: the new file would be published at announcements/大会/, where Content/announcements/2024-03-01-大会.md already is")
        let member = #expect(throws: NewContentError.self) { try scaffolder.write(Self.request(.member, "青岛技师学院") { $0.memberID = "qd" }) }
        #expect(member?.description == "Content/members/qd.yaml: error: member id 'qd' is already used here")
        let reserved = #expect(throws: NewContentError.self) { try scaffolder.write(Self.request(.page, "Tags")) }
        #expect(reserved?.description == "sitegen new: error: the slug \"tags\" is reserved for sitegen's own pages")
        #expect(fileSystem.allPaths.count == 3, "nothing was written")
    }

    @Test func todayIsTheDayInTheSitesTimeZone() throws {
        // 2025-03-01 03:30 UTC is still 2025-02-28 in New York (-05:00) and already 11:30 on 2025-03-01 in China.
        let instant = Date(timeIntervalSince1970: 1_740_799_800)
        let west = InMemoryFileSystem(files: ["Content/site.yaml": TestSupport.minimalSiteYAML + "timezone: \"-05:00\"\n"])
        #expect(try Self.scaffolder("Content", fileSystem: west, at: instant).write(Self.request(.announcement, "通知")) == "Content/announcements/2025-02-28-通知.md")
        #expect(west.text(at: "Content/announcements/2025-02-28-通知.md")?.contains("\ndate: 2025-02-28 ") == true)

        let china = InMemoryFileSystem(files: ["Content/site.yaml": TestSupport.minimalSiteYAML])
        #expect(try Self.scaffolder("Content", fileSystem: china, at: instant).write(Self.request(.announcement, "通知")) == "Content/announcements/2025-03-01-通知.md")

        // 2024-12-31 16:30 UTC is already the new year in China: the initiative starts then.
        let newYear = Date(timeIntervalSince1970: 1_735_662_600)
        let initiative = try Self.scaffolder("Content", fileSystem: china, at: newYear).write(Self.request(.initiative, "新项目"))
        #expect(china.text(at: initiative)?.contains("\nstart: 2025 ") == true)

        let dated = try Self.scaffolder("Content", fileSystem: china, at: instant).write(Self.request(.announcement, "旧闻") { $0.date = "2023-11-16" })
        #expect(dated == "Content/announcements/2023-11-16-旧闻.md")
    }

    @Test func aMemberNeedsAValidUnusedID() throws {
        let site = try WorkingSite()
        let scaffolder = Self.scaffolder(site.layout.contentDirectory)
        let missing = #expect(throws: NewContentError.self) { try scaffolder.write(Self.request(.member, "淄博市技师学院")) }
        #expect(missing?.description == "sitegen new: error: a member needs an id: pass --id")
        #expect(missing?.diagnostics.first?.hint?.contains("--id zibo-tech") == true)

        let invalid = #expect(throws: NewContentError.self) { try scaffolder.write(Self.request(.member, "淄博市技师学院") { $0.memberID = "Zibo Tech" }) }
        #expect(invalid?.description == "sitegen new: error: member id \"Zibo Tech\" must start with a lowercase ASCII letter or digit and use only those, '-', '_' and '.'")

        let reserved = #expect(throws: NewContentError.self) { try scaffolder.write(Self.request(.member, "理事会") { $0.memberID = "council" }) }
        #expect(reserved?.description == "sitegen new: error: the member id \"council\" is reserved for the member views")

        let taken = #expect(throws: NewContentError.self) { try scaffolder.write(Self.request(.member, "淄博市技师学院") { $0.memberID = "zibo-tech" }) }
        #expect(taken?.description == "\(site.content("members.yaml")):1:7: error: member id 'zibo-tech' is already used here")
        #expect(!FileManager.default.fileExists(atPath: site.content("members")), "nothing was written")
    }

    @Test func aMembersTypeAndRegionAreGivenOrToldFromItsNameOrTheOtherMembers() throws {
        #expect(MemberGuess.type(fromName: "淄博职业学院") == .vocationalCollege)
        #expect(MemberGuess.type(fromName: "淄博市临淄区职业中等专业学校") == .secondaryVocationalSchool)
        #expect(MemberGuess.type(fromName: "某某集团技师学院") == .technicalSchool)
        #expect(MemberGuess.type(fromName: "某某研究院有限公司") == .enterprise)
        #expect(MemberGuess.type(fromName: "某某") == nil)
        #expect(MemberGuess.region(in: "上海南汇职业学校") == "上海")
        #expect(MemberGuess.region(in: "淄博市技师学院") == nil)

        let fileSystem = InMemoryFileSystem(files: [
            "Content/site.yaml": TestSupport.minimalSiteYAML,
            "Content/members.yaml": "- { id: a, name: 甲, type: 企业, region: 山东省, joined: 2024-01-01 }\n- { id: b, name: 乙, type: 企业, region: 江苏, joined: 2024-01-01 }\n- { id: c, name: 丙, type: 企业, region: 山东, joined: 2024-01-01 }\n",
        ])
        let scaffolder = Self.scaffolder("Content", fileSystem: fileSystem)
        let guessed = try scaffolder.write(Self.request(.member, "淄博市技师学院") { $0.memberID = "zibo-tech" })
        let guessedText = try #require(fileSystem.text(at: guessed))
        #expect(guessedText.contains("\ntype: 技工院校 ") && guessedText.contains("根据名称推测，请核对"))
        #expect(guessedText.contains("\nregion: 山东 ") && guessedText.contains("推测所得，请核对"), "most members are in 山东")

        let given = try scaffolder.write(Self.request(.member, "某某") { $0.memberID = "mm"; $0.memberType = "enterprise"; $0.region = "浙江省" })
        let givenText = try #require(fileSystem.text(at: given))
        #expect(givenText.contains("\ntype: 企业 ") && givenText.contains("\nregion: 浙江 ") && !givenText.contains("请核对"))

        let unknown = #expect(throws: NewContentError.self) { try scaffolder.write(Self.request(.member, "某某") { $0.memberID = "mm2" }) }
        #expect(unknown?.description == "sitegen new: error: cannot tell the type of \"某某\" from its name: pass --type")
        let wrong = #expect(throws: NewContentError.self) { try scaffolder.write(Self.request(.member, "某某公司") { $0.memberID = "mm3"; $0.region = "淄博" }) }
        #expect(wrong?.description.hasPrefix("sitegen new: error: --region must be a province-level region") == true)
    }

    @Test func optionsThatDoNotApplyAndBadArgumentsAreRefused() throws {
        let fileSystem = InMemoryFileSystem(files: ["Content/site.yaml": TestSupport.minimalSiteYAML])
        let scaffolder = Self.scaffolder("Content", fileSystem: fileSystem)
        let draftPage = #expect(throws: NewContentError.self) { try scaffolder.write(Self.request(.page, "入会") { $0.isDraft = true }) }
        #expect(draftPage?.description == "sitegen new: error: --draft cannot be used for a page")
        let slugReport = #expect(throws: NewContentError.self) { try scaffolder.write(Self.request(.report, "2025") { $0.slug = "x"; $0.date = "2025-01-01" }) }
        #expect(slugReport?.description == "sitegen new: error: --slug, --date cannot be used for a report, named by its year")
        let year = #expect(throws: NewContentError.self) { try scaffolder.write(Self.request(.report, "二〇二五")) }
        #expect(year?.description == "sitegen new: error: a report is named by its year, like 2025, got \"二〇二五\"")
        let date = #expect(throws: NewContentError.self) { try scaffolder.write(Self.request(.announcement, "通知") { $0.date = "2025/6/4" }) }
        #expect(date?.diagnostics.first?.hint == "did you mean 2025-06-04?")
        let blank = #expect(throws: NewContentError.self) { try scaffolder.write(Self.request(.announcement, "  ")) }
        #expect(blank?.description == "sitegen new: error: the title is empty")
        #expect(fileSystem.allPaths == ["Content/site.yaml"], "nothing was written")
    }

    @Test func aSiteWithoutSiteYAMLGetsNothing() throws {
        let fileSystem = InMemoryFileSystem(files: ["Content/pages/about.md": "---\ntitle: 关于\n---\n"])
        let error = #expect(throws: NewContentError.self) { try Self.scaffolder("Content", fileSystem: fileSystem).write(Self.request(.page, "入会")) }
        #expect(error?.description == "Content/site.yaml: error: site.yaml is missing")
        #expect(fileSystem.allPaths == ["Content/pages/about.md"])
    }

    @Test func titlesYAMLWouldMisreadAreQuoted() async throws {
        for title in ["会议: 第一次", "#1 通知", "true", "2025", "12:30", "“引号”与\"引号\"", "[草案]", "- 列表", "a \\ b", "null"] {
            let quotedOrPlain = YAMLScalar.written(title)
            let value = try #require(YAMLSource(path: "t.yaml").compose("title: \(quotedOrPlain) # comment\n", diagnostics: DiagnosticBag())?.pairs?.first?.value)
            #expect(value.scalarText == title, "\(quotedOrPlain)")
            if case let .scalar(scalar) = value.node, scalar.style == .plain {
                #expect(!["true", "null", "2025", "12:30"].contains(title), "\(title) must be quoted to stay text")
            }
        }
        #expect(YAMLScalar.written("师资研修班开班") == "师资研修班开班")

        let site = try WorkingSite()
        let title = "会议: “第一次” #1 & <总结>"
        _ = try Self.scaffolder(site.layout.contentDirectory).write(Self.request(.announcement, title))
        let result = await site.build()
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let page = try String(contentsOfFile: Path.join(site.layout.outputDirectory, "announcements/会议-第一次-1-总结/index.html"), encoding: .utf8)
        #expect(page.contains("会议: “第一次” #1 &amp; &lt;总结&gt;"))
    }

    @Test func theREADMEsExampleIsWhatSitegenNewWrites() throws {
        let readme = try String(contentsOfFile: Path.join(TestSupport.packageRoot, "README.md"), encoding: .utf8)
        let example = try #require(readme.range(of: "For example, `sitegen new announcement \"第二届联盟大会在阜阳召开\"`"))
        let fenceStart = try #require(readme.range(of: "```markdown\n", range: example.upperBound..<readme.endIndex))
        let fenceEnd = try #require(readme.range(of: "```\n", range: fenceStart.upperBound..<readme.endIndex))
        let fileSystem = InMemoryFileSystem(files: ["Content/site.yaml": TestSupport.minimalSiteYAML])
        let path = try Self.scaffolder("Content", fileSystem: fileSystem).write(Self.request(.announcement, "第二届联盟大会在阜阳召开"))
        #expect(readme.contains("`Created \(path)`"))
        #expect(fileSystem.text(at: path) == String(readme[fenceStart.upperBound..<fenceEnd.lowerBound]))
    }
}
