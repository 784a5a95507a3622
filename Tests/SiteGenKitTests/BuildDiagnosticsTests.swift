import Foundation
import Testing
@testable import SiteGenKit

/// Bad input ends in a precise diagnostic and no output; built in memory.
@Suite struct BuildDiagnosticsTests {
    private let site = TestSupport.minimalSiteYAML

    private func descriptions(_ files: [String: String]) async throws -> [String] {
        let (result, fileSystem) = try await TestSupport.buildInMemory(files)
        if result.errorCount > 0 {
            #expect(!fileSystem.allPaths.contains { $0.hasPrefix("Output/") })
        }
        return result.diagnostics.map(\.description)
    }

    @Test func cleanSiteHasOnlyTheBaseURLWarning() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": site,
            "Content/announcements/2025-01-01-a.md": "---\ntitle: 甲\ndate: 2025-01-01\n---\n正文。",
        ])
        #expect(result.diagnostics.map(\.description) == ["Content/site.yaml: warning: no 'base_url' is set, so sitemap.xml is not written and the feed uses relative links"])
        #expect(fileSystem.text(at: "Output/announcements/a/index.html")?.contains("<h1>甲</h1>") == true)
        #expect(fileSystem.text(at: "Output/feed.xml")?.contains("href=\"announcements/a/index.html\"") == true)
        #expect(fileSystem.text(at: "Output/sitemap.xml") == nil)
    }

    @Test func missingSiteYAMLIsAnError() async throws {
        let result = try await descriptions(["Content/announcements/a.md": "---\ntitle: a\ndate: 2025-01-01\n---\n"])
        #expect(result == ["Content/site.yaml: error: site.yaml is missing"])
    }

    @Test func brokenMarkdownLinkIsReportedWhereItIsWritten() async throws {
        let result = try await descriptions([
            "Content/site.yaml": site + "base_url: https://example.org/\n",
            "Content/announcements/2025-01-01-a.md": "---\ntitle: 甲\ndate: 2025-01-01\n---\n第一段。\n\n详见[入会程序](../pages/jion.md)。\n",
            "Content/pages/join.md": "---\ntitle: 入会\n---\n内容。",
        ])
        #expect(result == [#"Content/announcements/2025-01-01-a.md:7:3: error: link "../pages/jion.md" points to pages/jion.md, which does not exist"#])
    }

    @Test func linkToAMissingSectionIsAWarning() async throws {
        let result = try await descriptions([
            "Content/site.yaml": site + "base_url: https://example.org/\n",
            "Content/announcements/a.md": "---\ntitle: 甲\ndate: 2025-01-01\n---\n见[章程](../pages/charter.md#第二章)和[本文](#结语)。\n\n## 结语\n",
            "Content/pages/charter.md": "---\ntitle: 章程\n---\n## 第一章 总则\n\n## 第二章 宗旨和任务\n",
        ])
        #expect(result == [#"Content/announcements/a.md:5:2: warning: link "../pages/charter.md#第二章" names the section '#第二章', which does not exist"#])
    }

    @Test func linkToADraftIsAnError() async throws {
        let result = try await descriptions([
            "Content/site.yaml": site + "base_url: https://example.org/\n",
            "Content/announcements/a.md": "---\ntitle: 甲\ndate: 2025-01-01\n---\n[草稿](b.md)",
            "Content/announcements/b.md": "---\ntitle: 乙\ndate: 2025-01-02\ndraft: true\n---\n草稿。",
        ])
        #expect(result == [#"Content/announcements/a.md:5:1: error: link "b.md" points to a draft, which is not published"#])
    }

    @Test func duplicateSlugNamesBothFiles() async throws {
        let result = try await descriptions([
            "Content/site.yaml": site + "base_url: https://example.org/\n",
            "Content/announcements/2024-01-01-news.md": "---\ntitle: 甲\ndate: 2024-01-01\n---\n",
            "Content/announcements/2025-01-01-news.md": "---\ntitle: 乙\ndate: 2025-01-01\n---\n",
        ])
        #expect(result == [
            #"Content/announcements/2024-01-01-news.md:2:1: error: announcement "甲" would be written to announcements/news/, which Content/announcements/2025-01-01-news.md:2:1 already uses"#,
        ])
    }

    @Test func missingAttachmentIsAnErrorAtItsPath() async throws {
        let result = try await descriptions([
            "Content/site.yaml": site + "base_url: https://example.org/\n",
            "Content/files/forms/apply.docx": "x",
            "Content/announcements/a.md": "---\ntitle: 甲\ndate: 2025-01-01\nattachments:\n  - title: 申请表\n    file: forms/aply.docx\n---\n",
        ])
        #expect(result == [#"Content/announcements/a.md:6:11: error: attachment file "forms/aply.docx" does not exist in Content/files/"#])
    }

    @Test func everyProblemOfTheRunIsListedTogether() async throws {
        let (result, _) = try await TestSupport.buildInMemory([
            "Content/site.yaml": site + "per_page: many\nbase_url: https://example.org/\n",
            "Content/announcements/a.md": "---\ntitel: 甲\ndate: 2025-01-01\n---\n",
            "Content/announcements/b.md": "---\ntitle: 乙\ndate: 2025-13-01\n---\n",
            "Content/announcements/c.md": "---\ntitle: [丙\n---\n",
        ])
        let lines = result.diagnostics.map(\.description)
        #expect(result.errorCount == 4)
        #expect(lines.contains("Content/site.yaml:3:11: error: 'per_page' must be a whole number, got \"many\""))
        #expect(lines.contains("Content/announcements/a.md:2:1: error: front matter is missing required field 'title'"))
        #expect(lines.contains("Content/announcements/a.md:2:1: warning: unknown field 'titel' in front matter"))
        #expect(lines.contains("Content/announcements/b.md:3:7: error: 'date' must be a date like 2025-09-29, got \"2025-13-01\""))
        #expect(lines.contains { $0.hasPrefix("Content/announcements/c.md:3:") && $0.contains("error: YAML syntax error") })
        #expect(lines == lines.sorted())
    }

    @Test func templateErrorsPointIntoTheTemplate() async throws {
        let fileSystem = try TestSupport.memoryFileSystem(with: [
            "Content/site.yaml": site,
        ])
        try fileSystem.write(Data("{{<layout}}\n{{$content}}\n{{#announcements}}\n{{/content}}\n{{/layout}}\n".utf8), to: "Templates/tag.mustache")
        try fileSystem.write(Data("{{<layout}}{{$content}}{{>partials/sidebar}}{{/content}}{{/layout}}".utf8), to: "Templates/page.mustache")
        let result = await BuildPipeline(fileSystem: fileSystem).run()
        let lines = result.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(lines.count == 2)
        #expect(lines.contains { $0.hasPrefix("Templates/tag.mustache:4:") && $0.contains("template syntax error") })
        #expect(lines.contains("Templates/page.mustache:1:24: error: partial 'partials/sidebar' does not exist"))
    }

    @Test func outputFolderMayNotHoldTheContent() async throws {
        let fileSystem = try TestSupport.memoryFileSystem(with: ["Content/site.yaml": site])
        let layout = SiteLayout(outputDirectory: ".")
        let result = await BuildPipeline(layout: layout, fileSystem: fileSystem).run()
        #expect(result.diagnostics.map(\.description) == [".: error: the output folder contains the content folder; a build replaces the output folder completely"])
    }
}

/// Cross-reference errors between members, initiatives and announcements.
@Suite struct CrossReferenceDiagnosticsTests {
    private let members = """
        - id: zibo-tech
          name: 淄博市技师学院
          type: 技工院校
          region: 山东
          joined: 2023-09-28
        """

    @Test func unknownIDsAreErrorsWithSuggestions() async throws {
        let (result, _) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/\n",
            "Content/members.yaml": members,
            "Content/initiatives/plan.md": "---\ntitle: 计划\nstatus: active\nstart: 2025\nlead: zibo-teck\npartners: [zibo-tech, nobody]\n---\n",
            "Content/announcements/a.md": "---\ntitle: 甲\ndate: 2025-01-01\nmembers: [zibotech]\ninitiatives: [plans]\n---\n见[成员](../members.yaml#zibo-tec)。\n",
        ])
        let lines = result.diagnostics.map(\.description)
        #expect(lines == [
            #"Content/announcements/a.md:4:11: error: 'members' names the member 'zibotech', which does not exist"#,
            #"Content/announcements/a.md:5:15: error: 'initiatives' names the initiative 'plans', which does not exist"#,
            #"Content/announcements/a.md:7:2: error: link "../members.yaml#zibo-tec" names the member 'zibo-tec', which does not exist"#,
            #"Content/initiatives/plan.md:5:7: error: 'lead' names the member 'zibo-teck', which does not exist"#,
            #"Content/initiatives/plan.md:6:23: error: 'partners' names the member 'nobody', which does not exist"#,
        ])
        #expect(result.diagnostics.first?.hint == "did you mean 'zibo-tech'?")
        #expect(result.diagnostics[1].hint == "did you mean 'plan'?")
    }

    @Test func duplicateMemberIDsNameBothPlaces() async throws {
        let (result, _) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/\n",
            "Content/members.yaml": members + "\n" + members,
        ])
        #expect(result.diagnostics.map(\.description) == [
            "Content/members.yaml:6:3: error: member id 'zibo-tech' is already used at Content/members.yaml:1:3",
        ])
    }

    @Test func memberIDsThatAreRoutesOfTheMemberSectionAreRefused() async throws {
        var yaml = members
        for id in ["regions", "council", "former", "page"] {
            yaml += "\n- { id: \(id), name: 单位\(id), type: 企业, region: 上海, joined: 2024-01-01 }"
        }
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/\n",
            "Content/members.yaml": yaml,
        ])
        #expect(result.diagnostics.map(\.description) == [
            #"Content/members.yaml:6:5: error: the member id "regions" is reserved for the member views"#,
            #"Content/members.yaml:7:5: error: the member id "council" is reserved for the member views"#,
            #"Content/members.yaml:8:5: error: the member id "former" is reserved for the member views"#,
            #"Content/members.yaml:9:5: error: the member id "page" is reserved for the member views"#,
        ])
        #expect(result.diagnostics.allSatisfy { $0.hint == "choose another id" })
        #expect(!fileSystem.allPaths.contains { $0.hasPrefix("Output/") })
    }

    @Test func progressMayOnlyNameTheInitiativesTargets() async throws {
        let (result, _) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/\n",
            "Content/initiatives/plan.md": """
                ---
                title: 计划
                status: 进行中
                start: 2025
                end: 2027
                targets:
                  - { key: contests, label: 竞赛, value: 2, per: year }
                progress:
                  - year: 2025
                    achieved: { contest: 1 }
                ---
                """,
        ])
        #expect(result.diagnostics.map(\.description) == [
            "Content/initiatives/plan.md:10:17: error: 'achieved' names the target 'contest', which this initiative does not have",
        ])
        #expect(result.diagnostics.first?.hint == "did you mean 'contests'?")
    }

    @Test func reportYearMustMatchItsFileName() async throws {
        let (result, _) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/\n",
            "Content/reports/2025.md": "---\nyear: 2024\ntitle: 报告\n---\n",
        ])
        #expect(result.diagnostics.map(\.description) == ["Content/reports/2025.md:2:7: error: 'year' is 2024 but the file is named 2025.md"])
    }
}

/// Limits, guards and what `sitegen check` reports.
@Suite struct GuardAndAuditTests {
    private let site = TestSupport.minimalSiteYAML + "base_url: https://example.org/\n"

    @Test func aByteOrderMarkIsIgnored() async throws {
        let fileSystem = try TestSupport.memoryFileSystem(with: [:])
        try fileSystem.write(Data([0xEF, 0xBB, 0xBF]) + Data(site.utf8), to: "Content/site.yaml")
        try fileSystem.write(Data([0xEF, 0xBB, 0xBF]) + Data("---\ntitle: 记事本保存的通知\ndate: 2025-01-01\n---\n正文。\n".utf8), to: "Content/announcements/a.md")
        let result = await BuildPipeline(fileSystem: fileSystem).run()
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        #expect(fileSystem.text(at: "Output/announcements/a/index.html")?.contains("<h1>记事本保存的通知</h1>") == true)
        #expect(fileSystem.text(at: "Output/index.html")?.contains("\u{FEFF}") == false)
    }

    @Test func nonUTF8FileIsAnError() async throws {
        let fileSystem = try TestSupport.memoryFileSystem(with: ["Content/site.yaml": site])
        try fileSystem.write(Data([0x2D, 0x2D, 0x2D, 0x0A, 0xB1, 0xEA, 0xCC, 0xE2, 0x0A]), to: "Content/announcements/gbk.md")
        let result = await BuildPipeline(fileSystem: fileSystem).run()
        #expect(result.diagnostics.map(\.description) == ["Content/announcements/gbk.md:2:1: error: file is not UTF-8: byte 0xB1 here; it reads as GBK/GB18030, which editors on older Chinese systems save"])
        #expect(result.diagnostics.first?.hint == "convert it: iconv -f GB18030 -t UTF-8 'Content/announcements/gbk.md' > converted.md && mv converted.md 'Content/announcements/gbk.md' (or in your editor: Save As… → Encoding → UTF-8)")
    }

    @Test func aFileThatIsNeitherUTF8NorGBKNamesItsFirstBadByte() async throws {
        let fileSystem = try TestSupport.memoryFileSystem(with: ["Content/site.yaml": site])
        // Valid UTF-8 Chinese, then a lone 0xFF on the same line (column 6).
        try fileSystem.write(Data("---\ntitle: 通知\n---\n正文正文".utf8) + Data([0xFF, 0x0A]), to: "Content/announcements/bad.md")
        let result = await BuildPipeline(fileSystem: fileSystem).run()
        #expect(result.diagnostics.map(\.description) == ["Content/announcements/bad.md:4:5: error: file is not valid UTF-8 text: byte 0xFF here"])
    }

    @Test func gb18030IsToldApartFromOtherBytes() {
        let gbk: [UInt8] = [45, 45, 45, 10, 116, 105, 116, 108, 101, 58, 32, 205, 168, 214, 170, 10, 45, 45, 45, 10, 213, 253, 206, 196, 161, 163, 10]
        #expect(TextEncodings.looksLikeGB18030(gbk))
        #expect(TextEncodings.firstInvalidUTF8(in: gbk) == 20, "GBK bytes may pass for UTF-8 for a while: 通知 does here")
        #expect(!TextEncodings.looksLikeGB18030(Array("纯 ASCII".utf8.filter { $0 < 0x80 })), "no Chinese at all")
        #expect(!TextEncodings.looksLikeGB18030([0x41, 0xFF, 0x41]), "0xFF never leads a pair")
        #expect(TextEncodings.firstInvalidUTF8(in: Array("正文".utf8)) == 6)
        #expect(TextEncodings.firstInvalidUTF8(in: [0xE6, 0xAD]) == 0, "a character cut short")
        #expect(TextEncodings.firstInvalidUTF8(in: [0xED, 0xA0, 0x80]) == 0, "a surrogate")
    }

    @Test func oversizedFileIsRefusedBeforeReading() async throws {
        let big = "---\ntitle: 大\ndate: 2025-01-01\n---\n" + String(repeating: "字", count: 400_000)
        let (result, _) = try await TestSupport.buildInMemory(["Content/site.yaml": site + "max_file_size_mb: 1\n", "Content/announcements/big.md": big])
        #expect(result.diagnostics.map(\.description) == ["Content/announcements/big.md: error: file is 1.1 MB, more than the limit of 1.0 MB"])
    }

    @Test func exponentialAliasesAreRefused() async throws {
        var yaml = "---\ntitle: 炸弹\ndate: 2025-01-01\nx0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...6 {
            yaml += "x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "tags: *a6\n---\n正文。"
        let (result, _) = try await TestSupport.buildInMemory(["Content/site.yaml": site, "Content/announcements/bomb.md": yaml])
        #expect(result.diagnostics.map(\.description) == ["Content/announcements/bomb.md:2:1: error: YAML has more than 200000 values once its aliases are expanded"])
    }

    @Test func deepNestingIsAYAMLErrorNotACrash() async throws {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let (result, _) = try await TestSupport.buildInMemory(["Content/site.yaml": site, "Content/announcements/deep.md": "---\ntitle: \(deep)\n---\n"])
        #expect(result.errorCount == 1)
        #expect(result.diagnostics.first?.message.hasPrefix("YAML syntax error") == true)
    }

    @Test func keptFilesSurviveARebuild() async throws {
        let fileSystem = try TestSupport.memoryFileSystem(with: [
            "Content/site.yaml": site + "keep: [baidu_verify_x.html, .well-known]\n",
            "Output/baidu_verify_x.html": "verify",
            "Output/.well-known/security.txt": "Contact: mailto:a@example.org",
            "Output/stale.html": "old",
        ])
        let result = await BuildPipeline(fileSystem: fileSystem).run()
        #expect(result.errorCount == 0)
        #expect(fileSystem.text(at: "Output/baidu_verify_x.html") == "verify")
        #expect(fileSystem.text(at: "Output/.well-known/security.txt") == "Contact: mailto:a@example.org")
        #expect(fileSystem.text(at: "Output/stale.html") == nil)
        #expect(fileSystem.text(at: "Output/index.html") != nil)
    }

    @Test func checkReportsDomainsAltTextAndCutSummaries() async throws {
        let lead = String(repeating: "联盟成员单位共同推进技能人才培养工作", count: 8)
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": site + "allowed_domains: [gov.cn]\n",
            "Content/announcements/a.md": "---\ntitle: 甲\ndate: 2025-01-01\n---\n\(lead)\n\n[人社部](https://www.mohrss.gov.cn/) [博彩](https://casino.example/x) [又一个](https://casino.example/y)\n\n![](../files/a.png)\n",
            "Content/files/a.png": "png",
        ], options: BuildOptions(writeOutput: false))
        #expect(result.diagnostics.map(\.description) == [
            "Content/announcements/a.md:2:1: warning: the automatic summary of \"甲\" is cut mid-sentence",
            "Content/announcements/a.md:7:35: warning: link to casino.example, which is not in 'allowed_domains'",
            "Content/announcements/a.md:7:66: warning: link to casino.example, which is not in 'allowed_domains'",
            "Content/announcements/a.md:9:1: warning: image has no alt text",
        ])
        #expect(result.externalDomains.map { "\($0.domain) \($0.count)" } == ["casino.example 2", "mohrss.gov.cn 1"])
        #expect(!fileSystem.allPaths.contains { $0.hasPrefix("Output") })
    }
}

/// A file that fails to load is reported once, not again by everything that refers to it.
@Suite struct NoCascadeTests {
    @Test func referencesToContentThatFailedToLoadAreNotReportedAgain() async throws {
        let (result, _) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/\nnav:\n  - { title: 章程, link: /charter/ }\n",
            "Content/pages/charter.md": "---\ntitel: 章程\n---\n正文。\n",
            "Content/members.yaml": "- id: fuyang\n  name: 阜阳技师学院\n  type: 技校\n  region: 安徽\n  joined: 2023-11-16\n",
            "Content/initiatives/plan.md": "---\ntitle: 计划\nstatus: 进行\nstart: 2025\nlead: fuyang\n---\n",
            "Content/announcements/a.md": "---\ntitle: 甲\ndate: 2025-01-01\nmembers: [fuyang]\ninitiatives: [plan]\n---\n见[章程](../pages/charter.md)和[阜阳](../members.yaml#fuyang)。\n",
        ])
        #expect(result.diagnostics.map(\.description) == [
            "Content/initiatives/plan.md:3:9: error: 'status' \"进行\" is not one of: active, 进行中, planned, 计划中, completed, 已完成, suspended, 已暂停",
            "Content/members.yaml:3:9: error: 'type' \"技校\" is not one of: 技工院校, technical-school, 中职学校, secondary-vocational-school, 高职院校, vocational-college, 本科院校, university, 行业协会, industry-association, 企业, enterprise, 科研院所, research-institute, 培训机构, training-provider, 政府部门, government-body",
            "Content/pages/charter.md:2:1: error: front matter is missing required field 'title'",
            "Content/pages/charter.md:2:1: warning: unknown field 'titel' in front matter",
        ])
    }
}
