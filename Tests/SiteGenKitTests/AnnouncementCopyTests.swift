import Testing
@testable import SiteGenKit

/// Copies of an announcement share what they hold until one of them is changed; a change never
/// reaches another copy.
@Suite struct AnnouncementCopyTests {
    private func announcement() throws -> Announcement {
        let date = try #require(SiteDate(year: 2025, month: 3, day: 1))
        let body = MarkdownSource(path: "Content/announcements/a.md", contentPath: "announcements/a.md", text: "正文", lineOffset: 4)
        var announcement = Announcement(
            slug: "a", title: "原标题", date: date, summary: "摘要", tags: ["培训"], isDraft: true, authors: ["秘书处"],
            body: body, location: SourceLocation(path: "Content/announcements/a.md", line: 2)
        )
        announcement.documentNumber = "沪职〔2025〕1号"
        announcement.categories = ["新闻"]
        return announcement
    }

    @Test func changingACopyLeavesTheOriginalAsItWas() throws {
        let original = try announcement()
        var copy = original
        copy.title = "新标题"
        copy.tags.append("竞赛")
        copy.body.text = ""
        copy.mentionedMembers = [ItemIndex(3)]
        copy.expires = SiteDate(year: 2025, month: 4, day: 1)
        #expect(original.title == "原标题")
        #expect(original.tags == ["培训"])
        #expect(original.body.text == "正文")
        #expect(original.mentionedMembers == nil)
        #expect(original.expires == nil)
        #expect(copy.title == "新标题")
        #expect(copy.tags == ["培训", "竞赛"])
        #expect(copy.body.text == "")
        #expect(copy.mentionedMembers == [ItemIndex(3)])
        #expect(copy.slug == "a" && copy.summary == "摘要" && copy.location.line == 2, "the copy keeps every field it did not change")
        #expect(copy.isDraft && copy.authors == ["秘书处"] && copy.categories == ["新闻"] && copy.documentNumber == "沪职〔2025〕1号")
    }

    @Test func changingACopyOfABodyLeavesTheOriginalAsItWas() {
        let original = MarkdownSource(path: "Content/pages/a.md", contentPath: "pages/a.md", text: "正文", lineOffset: 3, anchors: ["甲"])
        var copy = original
        copy.text = ""
        copy.anchors.append("乙")
        #expect(original.text == "正文" && original.anchors == ["甲"])
        #expect(copy.text == "" && copy.anchors == ["甲", "乙"] && copy.path == "Content/pages/a.md" && copy.lineOffset == 3)
    }
}
