import Foundation
import SiteGenKit

/// Writes an ``AllianceCorpus`` as a sitegen site (`Content/`) and, for comparison, as a Hugo
/// site with the same pages: announcements, paginated lists, tags, member pages, feed, sitemap.
struct CorpusWriter {
    let corpus: AllianceCorpus

    /// Writes `Content/` below `root`.
    func writeSitegenSite(at root: String) throws {
        let content = root + "/Content"
        try write("""
            title: 基准测试联盟
            description: 用于性能测试的生成站点，结构与真实的技工教育联盟网站相同。
            base_url: https://example.org/
            per_page: 20
            alliance:
              name: 基准测试技工教育联盟
              short_name: 基准联盟
              founded: 2016-03-18
              founded_place: 上海
              secretariat: { name: 联盟秘书处, phone: 021-00000000, email: office@example.org }
            nav:
              - { title: 首页, link: / }
              - { title: 通知公告, link: /announcements/ }
              - { title: 成员单位, link: /members/ }
              - { title: 重点项目, link: /initiatives/ }
              - { title: 年度报告, link: /reports/ }
              - { title: 入会程序, link: /join/ }
            footer:
              - 基准测试数据，仅用于性能测试
            """, to: content + "/site.yaml")
        try write(Self.aboutPage, to: content + "/pages/about.md")
        try write(Self.joinPage, to: content + "/pages/join.md")
        try write("%PDF-1.4\n% sitegen benchmark attachment\n", to: content + "/files/attachments/notice-form.pdf")

        var members = "# 基准测试成员单位\n"
        for member in corpus.members {
            members += "\n- id: \(member.id)\n  name: \(member.name)\n  type: \(member.type)\n  region: \(member.region)\n  city: \(member.city)\n"
            members += "  joined: \(member.joined)\n  role: \(member.role)\n  summary: \(member.name)是联盟的\(member.role)。\n"
            if let left = member.left { members += "  left: \(left)\n" }
        }
        try write(members, to: content + "/members.yaml")

        for initiative in corpus.initiatives {
            try write("""
                ---
                title: \(initiative.title)
                status: \(initiative.start + 3 < corpus.years.upperBound ? "completed" : "active")
                start: \(initiative.start)
                end: \(initiative.start + 3)
                lead: \(initiative.lead)
                partners: [\(initiative.partners.joined(separator: ", "))]
                targets:
                  - { key: trainees, label: 培训教师, value: 300, unit: 人次 }
                  - { key: bases, label: 共建实训基地, value: 6, unit: 个 }
                progress:
                  - { year: \(initiative.start), note: 启动实施。, achieved: { trainees: 120, bases: 2 } }
                  - { year: \(initiative.start + 1), note: 全面推进。, achieved: { trainees: 150, bases: 2 } }
                ---
                项目由牵头单位会同合作单位共同实施，分年度推进。

                """, to: content + "/initiatives/\(initiative.slug).md")
        }
        for year in corpus.years {
            try write("""
                ---
                year: \(year)
                title: \(year)年度工作报告
                summary: \(year)年联盟围绕技能人才培养开展各项工作。
                metrics:
                  - { key: trainees, label: 培训教师, value: \(300 + (year % 7) * 40), unit: 人次 }
                  - { key: contests, label: 联合技能竞赛, value: \(1 + year % 3), unit: 场 }
                ---
                \(year)年，联盟各项工作稳步推进。

                """, to: content + "/reports/\(year).md")
        }
        for announcement in corpus.announcements {
            var front = "---\ntitle: \(announcement.title)\ndate: \(announcement.date)\ntags: [\(announcement.tags.joined(separator: ", "))]\nauthor: 联盟秘书处\n"
            if !announcement.listed.isEmpty { front += "members: [\(announcement.listed.joined(separator: ", "))]\n" }
            if !announcement.initiatives.isEmpty { front += "initiatives: [\(announcement.initiatives.joined(separator: ", "))]\n" }
            if let attachment = announcement.attachment { front += "attachments:\n  - { title: 报名表, file: \(attachment) }\n" }
            try write(front + "---\n" + announcement.body, to: content + "/announcements/\(announcement.fileName)")
        }
    }

    /// Writes a Hugo site below `root` with layouts that make the comparable pages.
    func writeHugoSite(at root: String) throws {
        try write("""
            baseURL: https://example.org/
            languageCode: zh-CN
            title: 基准测试联盟
            paginate: 20
            rssLimit: 20
            disableKinds: []
            taxonomies:
              tag: tags
              member: members
            outputs:
              home: [HTML, RSS]
              section: [HTML]
              taxonomy: [HTML]
              term: [HTML]
            markup:
              goldmark:
                renderer:
                  unsafe: false
            """, to: root + "/config.yaml")
        var data = ""
        for member in corpus.members { data += "- { id: \(member.id), name: \(member.name), type: \(member.type), region: \(member.region) }\n" }
        try write(data, to: root + "/data/members.yaml")
        try write(Self.aboutPage, to: root + "/content/about.md")
        try write(Self.joinPage, to: root + "/content/join.md")
        for announcement in corpus.announcements {
            // Hugo cannot find members named in the text: list every mention as a taxonomy term.
            var body = announcement.body.replacingOccurrences(of: "../members.yaml#", with: "/members/")
                .replacingOccurrences(of: "../pages/join.md#", with: "/join/#")
            if let range = body.range(of: "](20") {
                let rest = body[range.upperBound...]
                if let end = rest.firstIndex(of: ")") {
                    let file = String(body[body.index(range.lowerBound, offsetBy: 2)..<end])
                    let slug = file.dropFirst(11).dropLast(3)
                    body = body.replacingOccurrences(of: "](\(file))", with: "](/announcements/\(slug)/)")
                }
            }
            let front = """
                ---
                title: \(announcement.title)
                date: \(announcement.date)
                slug: \(announcement.slug)
                tags: [\(announcement.tags.joined(separator: ", "))]
                members: [\(announcement.mentioned.joined(separator: ", "))]
                ---

                """
            try write(front + body, to: root + "/content/announcements/\(announcement.fileName)")
        }
        try write(Self.hugoHead, to: root + "/layouts/partials/head.html")
        try write(Self.hugoFoot, to: root + "/layouts/partials/foot.html")
        try write(Self.hugoItem, to: root + "/layouts/partials/item.html")
        try write(#"{{ partial "head.html" . }}<section><h1>{{ .Site.Title }}</h1><ul>{{ range first 6 (where .Site.RegularPages "Section" "announcements") }}{{ partial "item.html" . }}{{ end }}</ul></section>{{ partial "foot.html" . }}"#, to: root + "/layouts/index.html")
        try write(#"{{ partial "head.html" . }}<article><h1>{{ .Title }}</h1><p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006年1月2日" }}</time></p><p>{{ range .Params.tags }}<a class="tag" href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a>{{ end }}</p><div class="prose">{{ .Content }}</div></article><nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">上一篇：{{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a href="{{ .RelPermalink }}">下一篇：{{ .Title }}</a>{{ end }}</nav>{{ partial "foot.html" . }}"#, to: root + "/layouts/_default/single.html")
        try write(#"{{ partial "head.html" . }}<h1>{{ .Title }}</h1><ul class="items">{{ range .Paginator.Pages }}{{ partial "item.html" . }}{{ end }}</ul>{{ template "_internal/pagination.html" . }}{{ partial "foot.html" . }}"#, to: root + "/layouts/_default/list.html")
        try write(#"{{ partial "head.html" . }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a>（{{ .Count }}）</li>{{ end }}</ul>{{ if eq .Data.Plural "members" }}<ul>{{ range .Site.Data.members }}<li>{{ .name }}（{{ .type }}，{{ .region }}）</li>{{ end }}</ul>{{ end }}{{ partial "foot.html" . }}"#, to: root + "/layouts/_default/terms.html")
        try write(#"{{ partial "head.html" . }}<h1>页面未找到</h1>{{ partial "foot.html" . }}"#, to: root + "/layouts/404.html")
    }

    private static let aboutPage = """
        ---
        title: 联盟简介
        ---
        联盟由区域内的技工院校、职业院校、行业协会和企业自愿组成。

        ## 组织机构

        联盟设理事会和秘书处，下设若干工作委员会。

        """

    private static let joinPage = """
        ---
        title: 入会程序
        ---
        联盟每年集中受理一次入会申请。

        ## 申请条件

        申请单位应认同联盟章程，具备开展技能人才培养的基本条件。

        ## 办理流程

        1. 提交申请表；
        2. 秘书处审核；
        3. 理事会审议。

        """

    private static let hugoHead = #"<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title><meta name="description" content="{{ .Site.Title }}"><link rel="stylesheet" href="{{ "assets/style.css" | relURL }}"></head><body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a><nav><ul><li><a href="{{ "/" | relURL }}">首页</a></li><li><a href="{{ "announcements/" | relURL }}">通知公告</a></li><li><a href="{{ "members/" | relURL }}">成员单位</a></li><li><a href="{{ "tags/" | relURL }}">标签</a></li><li><a href="{{ "join/" | relURL }}">入会程序</a></li></ul></nav></header><main>"# + "\n"
    private static let hugoFoot = #"</main><footer><p>{{ .Site.Title }}</p><p><a href="{{ "announcements/" | relURL }}">通知公告</a> <a href="{{ "tags/" | relURL }}">标签</a> <a href="{{ "index.xml" | relURL }}">订阅</a></p></footer></body></html>"# + "\n"
    private static let hugoItem = #"<li class="item"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006年1月2日" }}</time><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p>{{ .Summary | plainify | truncate 120 }}</p><p>{{ range .Params.tags }}<a class="tag" href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a>{{ end }}</p></li>"# + "\n"

    /// Writes with sitegen's own POSIX writer: Foundation's syncs every file to disk.
    private func write(_ text: String, to path: String) throws {
        try LocalFileSystem().write(Data(text.utf8), to: path)
    }
}
