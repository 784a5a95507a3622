/// A generated alliance shaped like a real one: 300 members (some names inside others), a dozen
/// initiatives, yearly reports, 30 tags used with a skewed frequency, and announcements of 2–8 KB
/// of Chinese text with headings, lists, emphasis and links that name members in full, list
/// them in `members:` and link to members, pages, other announcements and outside sites.
///
/// Everything comes from a ``SeededGenerator``: the same seed and size give the same corpus.
struct AllianceCorpus {
    /// One member of the alliance.
    struct Member {
        var id: String
        var name: String
        var type: String
        var region: String
        var city: String
        var joined: String
        var left: String?
        var role: String
    }

    /// One announcement, with its body as sitegen reads it.
    struct Announcement {
        var fileName: String
        var slug: String
        var title: String
        var date: String
        var tags: [String]
        /// Members listed in `members:`.
        var listed: [String]
        /// Every member the announcement mentions: listed, linked or named.
        var mentioned: [String]
        var initiatives: [String]
        var attachment: String?
        var body: String
    }

    /// One initiative.
    struct Initiative {
        var slug: String
        var title: String
        var lead: String
        var partners: [String]
        var start: Int
    }

    let members: [Member]
    let tags: [String]
    let initiatives: [Initiative]
    let years: ClosedRange<Int>
    let announcements: [Announcement]

    private static let places: [(region: String, city: String)] = [
        ("上海", "上海市"), ("江苏", "南京市"), ("江苏", "苏州市"), ("江苏", "无锡市"), ("江苏", "常州市"), ("江苏", "南通市"),
        ("江苏", "扬州市"), ("江苏", "徐州市"), ("浙江", "杭州市"), ("浙江", "宁波市"), ("浙江", "温州市"), ("浙江", "嘉兴市"),
        ("浙江", "湖州市"), ("浙江", "绍兴市"), ("浙江", "金华市"), ("浙江", "台州市"), ("安徽", "合肥市"), ("安徽", "芜湖市"),
        ("安徽", "阜阳市"), ("安徽", "蚌埠市"), ("安徽", "安庆市"), ("安徽", "马鞍山市"), ("安徽", "滁州市"), ("安徽", "宣城市"),
        ("山东", "淄博市"), ("山东", "济南市"), ("山东", "青岛市"), ("江西", "南昌市"), ("福建", "厦门市"), ("湖北", "武汉市"),
    ]
    private static let kinds: [(suffix: String, type: String)] = [
        ("技师学院", "技工院校"), ("高级技工学校", "技工院校"), ("职业技术学院", "高职院校"), ("中等专业学校", "中职学校"),
        ("机械工业行业协会", "行业协会"), ("智能装备有限公司", "企业"), ("汽车零部件有限公司", "企业"), ("电子科技股份有限公司", "企业"),
        ("职业技能培训中心", "培训机构"), ("工业技术研究院", "科研院所"),
    ]
    private static let roles = ["副理事长单位", "常务理事单位", "常务理事单位", "理事单位", "理事单位", "理事单位"]
    private static let tagNames = [
        "联盟大会", "技能竞赛", "师资培训", "产教融合", "实训基地", "成员发展", "交流研讨", "跨省招生", "新型学徒制", "校企合作",
        "一体化教学", "课程建设", "数字化转型", "评价改革", "世界技能大赛", "职业技能等级认定", "工作会议", "理事会", "示范区", "就业服务",
        "技能人才", "专业建设", "教材建设", "国际交流", "社会培训", "乡村振兴", "安全生产", "党建工作", "宣传推广", "年度报告",
    ]
    private static let subjects = ["联盟秘书处", "各成员单位", "承办院校", "与会代表", "专家组", "各工作委员会", "参赛选手", "合作企业", "理事会", "三省一市人社部门"]
    private static let actions = [
        "围绕区域重点产业开展技能人才联合培养", "联合举办职业技能竞赛和教学能力比赛", "推进产教融合和校企双制办学",
        "共建共享区域性公共实训基地和课程资源", "组织骨干教师参加一体化教学研修", "完善跨省域招生宣传和就业服务机制",
        "推动专业设置与先进制造业需求精准对接", "开展企业新型学徒制培养试点", "落实技工教育高质量发展的各项要求",
        "加强数字化教学资源和虚拟仿真实训建设", "交流人才培养模式改革的经验做法", "研究部署下一阶段联盟重点工作",
        "推进职业技能等级认定结果互认", "探索工学一体化课程标准的共同开发",
    ]
    private static let outcomes = [
        "，取得了积极成效", "，形成了一批可复制推广的经验", "，进一步扩大了联盟的影响力", "，为区域经济发展提供了有力支撑",
        "，受到参训教师和企业的普遍好评", "，相关工作将在下半年全面推开", "",
    ]
    private static let headings = ["会议概况", "主要内容", "工作安排", "下一步工作", "有关要求", "联系方式", "活动安排", "经验做法", "成效与问题"]
    private static let listItems = [
        "各成员单位确定一名联络员", "按时报送年度工作总结", "做好参赛选手的选拔和集训", "落实实训设备的安全管理",
        "组织教师参加线上专题培训", "及时总结推广典型案例", "做好宣传报道和信息报送", "按要求完成经费使用报告",
    ]
    private static let externalLinks = [
        ("人力资源和社会保障部", "https://www.mohrss.gov.cn/"), ("中国政府网", "https://www.gov.cn/"),
        ("长三角一体化示范区", "https://www.example.org/demo-zone/"),
    ]

    /// Generates the corpus of `count` announcements from `seed`.
    init(announcements count: Int, seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        years = 2016...2025

        // Members: 30 places × 10 kinds; every tenth technical college has an attached school
        // whose name contains the college's.
        var members: [Member] = []
        for (placeIndex, place) in Self.places.prefix(29).enumerated() {
            for (kindIndex, kind) in Self.kinds.enumerated() {
                let cityName = String(place.city.dropLast())
                let name = kind.type == "企业" ? "\(cityName)\(["精工", "恒通", "瑞达", "华科", "新锐"][placeIndex % 5])\(kind.suffix)" : "\(cityName)\(kind.suffix)"
                let year = 2016 + random.int(0...6)
                members.append(Member(
                    id: "m\(placeIndex)-\(kindIndex)", name: name, type: kind.type, region: place.region, city: place.city,
                    joined: String(format: "%04d-%02d-%02d", year, random.int(1...12), random.int(1...28)),
                    left: random.chance(0.04) ? "\(year + 3)-12-31" : nil,
                    role: members.isEmpty ? "理事长单位" : (random.chance(0.3) ? random.pick(Self.roles) : "成员单位")
                ))
            }
        }
        for index in stride(from: 0, to: members.count, by: 29) where members.count < 300 {
            var annex = members[index]
            annex.id += "-annex"
            annex.name += "附属技工学校"
            annex.role = "成员单位"
            members.append(annex)
        }
        self.members = members
        tags = Self.tagNames

        var initiatives: [Initiative] = []
        for index in 0..<12 {
            let lead = members[random.int(0...(members.count - 1))].id
            let partners = (0..<random.int(2...6)).map { _ in random.pick(members).id }.filter { $0 != lead }
            initiatives.append(Initiative(
                slug: "initiative-\(index + 1)", title: "\(random.pick(Self.actions))专项行动（第\(index + 1)项）",
                lead: lead, partners: Array(Set(partners)).sorted(), start: 2016 + index % 9
            ))
        }
        self.initiatives = initiatives

        // Announcements, oldest first, spread over the years; slugs stay unique by number.
        var announcements: [Announcement] = []
        announcements.reserveCapacity(count)
        let span = years.count * 365
        for index in 0..<count {
            let day = index * span / max(count, 1)
            let year = years.lowerBound + day / 365
            let date = String(format: "%04d-%02d-%02d", year, 1 + (day % 365) / 31 % 12, 1 + day % 28)
            let slug = "notice-\(index)"
            var named = (0..<random.int(1...6)).map { _ in random.pick(members) }
            named = Array(Dictionary(grouping: named, by: \.id).values.compactMap(\.first)).sorted { $0.id < $1.id }
            let listed = random.chance(0.6) ? named.prefix(random.int(1...named.count)).map(\.id) : []
            var tagSet = Set<String>()
            for _ in 0..<random.int(1...4) { tagSet.insert(Self.tagNames[random.zipf(Self.tagNames.count)]) }
            let initiativeSlugs = random.chance(0.15) ? [random.pick(initiatives).slug] : []
            let attachment = random.chance(0.08) ? "attachments/notice-form.pdf" : nil
            let earlier = index > 0 ? announcements[random.int(max(0, index - 200)...(index - 1))] : nil
            let body = Self.body(named: named, earlier: earlier, random: &random)
            let title = "关于\(named[0].name)\(random.pick(Self.actions))的通知"
            announcements.append(Announcement(
                fileName: "\(date)-\(slug).md", slug: slug, title: title, date: date, tags: tagSet.sorted(),
                listed: listed, mentioned: named.map(\.id), initiatives: initiativeSlugs, attachment: attachment, body: body
            ))
        }
        self.announcements = announcements
    }

    /// 2–8 KB of Markdown that names `named` in full and links to one of them, to an earlier
    /// announcement, to a page section and now and then to an outside site.
    private static func body(named: [Member], earlier: Announcement?, random: inout SeededGenerator) -> String {
        let target = random.int(2_000...8_000)
        var text = ""
        var section = 0
        var linked = false
        func sentence() -> String {
            let who = random.chance(0.35) ? random.pick(named).name : random.pick(subjects)
            return who + random.pick(actions) + random.pick(outcomes) + "。"
        }
        while text.utf8.count < target {
            switch random.int(0...9) {
            case 0:
                section += 1
                text += "## \(section == 1 ? "一" : section == 2 ? "二" : "第\(section)部分")、\(random.pick(headings))\n\n"
            case 1:
                for number in 1...random.int(3...5) {
                    text += random.chance(0.5) ? "\(number). \(random.pick(listItems))；\n" : "- \(random.pick(listItems))；\n"
                }
                text += "\n"
            case 2:
                text += "### \(random.pick(headings))\n\n" + sentence() + "\n\n"
            default:
                var paragraph = (0..<random.int(3...7)).map { _ in sentence() }.joined()
                if random.chance(0.2) { paragraph = "**" + random.pick(named).name + "**" + paragraph }
                if !linked, random.chance(0.3) {
                    let member = random.pick(named)
                    paragraph += "详见[\(member.name)](../members.yaml#\(member.id))的介绍。"
                    if let earlier { paragraph += "参见[此前的通知](\(earlier.fileName))。" }
                    paragraph += "入会办法见[入会程序](../pages/join.md#申请条件)。"
                    linked = true
                } else if random.chance(0.05) {
                    let (name, url) = random.pick(externalLinks)
                    paragraph += "更多信息请访问[\(name)](\(url))。"
                }
                text += paragraph + "\n\n"
            }
        }
        return text
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
