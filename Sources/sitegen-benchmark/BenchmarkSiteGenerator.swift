import Foundation

/// Writes a synthetic alliance site: `site.yaml`, many announcements with tags, links and
/// Chinese text, a few pages and an attachment.
struct BenchmarkSiteGenerator {
    let root: String
    let announcements: Int

    private static let tags = ["联盟大会", "技能竞赛", "师资培训", "产教融合", "实训基地", "成员发展", "交流研讨", "跨省招生"]
    private static let paragraph = """
        长三角一体化技工教育联盟各成员单位围绕技能人才培养开展合作，联合举办技能竞赛、\
        师资研修和教学资源共建共享活动。会议强调，要深化产教融合、校企合作，\
        推动专业设置与产业需求精准对接，培养更多高素质技术技能人才。
        """

    func generate() throws {
        let content = root + "/Content"
        try write("""
            title: 基准测试联盟
            description: 用于性能测试的生成站点。
            base_url: https://example.org/
            per_page: 20
            alliance:
              name: 基准测试联盟
              founded: 2023-11-16
            nav:
              - { title: 首页, link: / }
              - { title: 通知公告, link: /announcements/ }
              - { title: 联盟简介, link: /about/ }
            """, to: content + "/site.yaml")
        try write("---\ntitle: 联盟简介\nnav_order: 1\n---\n\(Self.paragraph)\n\n## 组织机构\n\n\(Self.paragraph)\n", to: content + "/pages/about.md")
        try write("%PDF-1.4\n% benchmark\n", to: content + "/files/notice.pdf")
        for index in 0..<announcements {
            let year = 2015 + index % 11
            let month = 1 + index % 12
            let day = 1 + index % 28
            let name = String(format: "%04d-%02d-%02d-item-%05d", year, month, day, index)
            let tags = [Self.tags[index % Self.tags.count], Self.tags[(index / 3) % Self.tags.count]]
            let attachment = index % 10 == 0 ? "attachments:\n  - title: 通知全文\n    file: notice.pdf\n" : ""
            let link = index > 0 ? "详见[联盟简介](../pages/about.md#组织机构)。" : ""
            try write("""
                ---
                title: 第\(index)号通知：关于开展联盟合作项目的通知
                date: \(String(format: "%04d-%02d-%02d", year, month, day))
                tags: [\(Set(tags).sorted().joined(separator: ", "))]
                \(attachment)---
                \(Self.paragraph)

                ## 主要内容

                - 联合举办技能竞赛；
                - 开展师资研修；
                - 共建实训基地。

                \(Self.paragraph)\(link)

                """, to: content + "/announcements/\(name).md")
        }
    }

    private func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
