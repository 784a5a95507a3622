/// The text of each kind's new file: the required fields filled in, the optional ones as YAML
/// comments in Chinese (field names in English) for editors to uncomment, and a line of body.
enum ScaffoldText {
    /// The line that introduces the commented optional fields.
    static let optionalFieldsLine = "# 以下为可选字段（optional fields），删去行首的“# ”即可启用："

    /// An announcement: title and date, `draft: true` when asked, `slug:` when the file name cannot carry it.
    static func announcement(title: String, date: SiteDate, isDraft: Bool, slug: String?) -> String {
        var lines = [
            "title: \(YAMLScalar.written(title))",
            line("date: \(date.isoDate)", "发布日期 YYYY-MM-DD，可加时间 HH:MM"),
        ]
        if isDraft { lines.append(line("draft: true", "草稿：只有 sitegen build --drafts 才发布；定稿后删去此行")) }
        if let slug { lines.append(line("slug: \(YAMLScalar.written(slug))", "网址名")) }
        lines += [
            optionalFieldsLine,
            line("# summary: 一句话摘要。", "摘要；不填则取正文第一段"),
            line("# tags: [联盟大会, 倡议书]", "标签"),
            line("# author: 联盟秘书处", "作者或发布单位"),
            line("# issuer: 联盟秘书处", "发文单位（正式通知）"),
            line("# doc_number: 技盟秘〔2025〕1号", "文号，显示在标题下"),
            line("# expires: 2025-12-31", "截止日期；过期后标注“已截止”"),
            line("# source: { name: 来源单位, url: https://www.example.org/ }", "转载来源"),
            line("# attachments:", "附件；file 为 Content/files/ 下的路径"),
            "#   - { title: 附件标题, file: 2025/notice.pdf }",
            line("# members: [zibo-tech]", "本文涉及的成员单位 id"),
            line("# initiatives: [joint-training]", "本文涉及的重点项目（文件名，不含 .md）"),
        ]
        if !isDraft { lines.append(line("# draft: true", "草稿：只有 sitegen build --drafts 才发布")) }
        if slug == nil { lines.append(line("# slug: second-congress", "网址名；不填则取文件名（去掉开头的日期）")) }
        return file(lines, body: "在此撰写正文（Markdown）。第一段会作为摘要显示在通知列表中。")
    }

    /// A free page: its title, `slug:` when the file name cannot carry it.
    static func page(title: String, slug: String?) -> String {
        var lines = ["title: \(YAMLScalar.written(title))"]
        if let slug { lines.append(line("slug: \(YAMLScalar.written(slug))", "网址名")) }
        lines += [
            optionalFieldsLine,
            line("# nav_order: 1", "页面排序，数字小的在前"),
            line("# summary: 一句话简介。", "简介"),
        ]
        if slug == nil { lines.append(line("# slug: about", "网址名；不填则取文件名")) }
        return file(lines, body: "在此撰写正文（Markdown）。")
    }

    /// A member: id, name, type, region and joined; `checkType` and `checkRegion` mark values
    /// told from the name or the other members, for the editor to check.
    static func member(id: MemberID, name: String, type: MemberType, region: String, joined: SiteDate, checkType: Bool, checkRegion: Bool) -> String {
        let types = MemberType.allCases.map(\.chineseSpelling).joined(separator: " ")
        let roles = CouncilRole.allCases.map(\.chineseSpelling).joined(separator: " ")
        let lines = [
            line("id: \(id.rawValue)", "网址与引用中使用的标识：小写字母、数字、-、_、."),
            "name: \(YAMLScalar.written(name))",
            line("type: \(type.chineseSpelling)", (checkType ? "根据名称推测，请核对！" : "") + "类型：\(types)"),
            line("region: \(region)", (checkRegion ? "推测所得，请核对！" : "") + "省级行政区，如 山东 或 山东省"),
            line("joined: \(joined.isoDate)", "入会日期 YYYY-MM-DD"),
            optionalFieldsLine,
            line("# short_name: 简称", "简称"),
            line("# city: 淄博市", "所在城市"),
            line("# role: 理事单位", "理事会职务：\(roles)（不填即为 成员单位）"),
            line("# website: https://www.example.org/", "网站"),
            line("# summary: 一句话简介。", "简介"),
            line("# left: 2030-06-30", "退出或除名日期"),
        ]
        return file(lines, body: "在此撰写单位简介（Markdown）。")
    }

    /// An initiative: title, status 计划中 and the start year; `slug:` when the file name cannot carry it.
    static func initiative(title: String, startYear: Int, slug: String?) -> String {
        var lines = [
            "title: \(YAMLScalar.written(title))",
            line("status: 计划中", "状态：计划中 进行中 已完成 已暂停（planned active completed suspended）"),
            line("start: \(startYear)", "开始年份，或日期 YYYY-MM-DD"),
        ]
        if let slug { lines.append(line("slug: \(YAMLScalar.written(slug))", "网址名")) }
        lines += [
            optionalFieldsLine,
            line("# end: \(startYear + 2)", "结束年份或日期"),
            line("# summary: 一句话概述。", "概述"),
            line("# lead: zibo-tech", "牵头成员单位 id，可写列表 [id1, id2]"),
            line("# partners: [zibo-vocational]", "参与成员单位 id"),
            line("# targets:", "目标；per: year 为每年目标，否则为总量"),
            "#   - { key: contests, label: 联合技能竞赛, value: 2, unit: 场, per: year }",
            line("# progress:", "各年进展；achieved 按目标的 key 填写完成数"),
            "#   - { year: \(startYear), note: 本年进展。, achieved: { contests: 1 } }",
        ]
        if slug == nil { lines.append(line("# slug: ten-things", "网址名；不填则取文件名")) }
        return file(lines, body: "在此撰写项目介绍（Markdown）。")
    }

    /// An annual report for `year`.
    static func report(year: Int) -> String {
        file([
            line("year: \(year)", "报告年份，须与文件名相同"),
            "title: \(year)年度工作报告",
            optionalFieldsLine,
            line("# summary: 一句话摘要。", "摘要"),
            line("# metrics:", "年度指标；相邻年份 key 相同时自动计算同比变化"),
            "#   - { key: trainees, label: 培训教师, value: 520, unit: 人次 }",
        ], body: "在此撰写年度工作总结（Markdown）。")
    }

    /// The front matter `lines` between fences, then `body`.
    private static func file(_ lines: [String], body: String) -> String {
        (["---"] + lines + ["---", body, ""]).joined(separator: "\n")
    }

    /// The column trailing comments start at, in terminal cells.
    private static let commentColumn = 40

    /// `code` followed by `# comment`, the comment aligned where the code leaves room (wide
    /// Chinese characters count two cells).
    private static func line(_ code: String, _ comment: String) -> String {
        let width = code.unicodeScalars.reduce(0) { $0 + (CJK.isWide($1) ? 2 : 1) }
        return code + String(repeating: " ", count: max(1, commentColumn - width)) + "# " + comment
    }
}
