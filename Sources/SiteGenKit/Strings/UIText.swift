/// The keys of the ``StringsTable`` strings that sitegen itself puts into template values.
///
/// Display names of member types, council roles and initiative statuses are keyed by the value's
/// English key (``StringsTable/name(of:)-…``).
enum UIText: String, CaseIterable, Sendable {
    case announcements
    case tags
    case archive
    case notFound = "not_found"
    case members
    case membersByRegion = "members_by_region"
    case council
    case formerMembers = "former_members"
    case initiatives
    case reports
    case lead
    case partners
    /// `（第{page}页）`, after a list's title from its second page on.
    case pageNumber = "title.page_number"
    /// `标签：{tag}`.
    case tagTitle = "title.tag"
    /// `{year}年`.
    case yearTitle = "title.year"
    /// `{year}年{month}月{day}日`.
    case longDate = "date.long"
    /// `共{count}家成员单位，其中{parts}`.
    case membersSummary = "members.summary"
    /// `{count}{measure}{type}`, one part of the summary.
    case membersSummaryPart = "members.summary_part"
    /// The summary when there are no members.
    case membersSummaryEmpty = "members.summary_empty"
    /// What joins the items of a list in running text (`、`).
    case listSeparator = "list_separator"
    /// The search page's title (`站内搜索`).
    case siteSearch = "site_search"
    /// What a search result is: a free page (`页面`).
    case searchKindPage = "search.kind.page"
    /// An announcement (`通知公告`).
    case searchKindAnnouncement = "search.kind.announcement"
    /// A member (`成员单位`).
    case searchKindMember = "search.kind.member"
    /// An initiative (`重点项目`).
    case searchKindInitiative = "search.kind.initiative"
    /// An annual report (`年度报告`).
    case searchKindReport = "search.kind.report"
    /// `{start}年起`.
    case periodOpen = "initiative_period.open"
    /// `{start}年`.
    case periodSingle = "initiative_period.single"
    /// `{start}—{end}年`.
    case periodRange = "initiative_period.range"
    /// `{goal}/年`.
    case perYear = "target.per_year"
    /// `{met}/{total} 年达标`.
    case yearsMet = "target.years_met"
    /// `累计{amount}，完成{percent}%`.
    case cumulative = "target.cumulative"
    /// `目标 {goal}`, the reference line of a chart.
    case targetReference = "target.reference"
    /// `{label}：各年完成情况`.
    case yearlyChart = "chart.yearly"
    /// `{label}：累计完成情况`.
    case cumulativeChart = "chart.cumulative"
    /// `{label}（历年）`.
    case historyChart = "chart.history"
    /// A change of zero (`持平`).
    case noChange = "change.flat"
    /// A compressed archive (`压缩包`).
    case archiveFile = "file_type.archive"
    /// Before the link on a page at an old address (`本文已移至：`).
    case movedTo = "moved_to"
    /// An image (`图片`).
    case imageFile = "file_type.image"
    /// A file of no known kind (`文件`).
    case otherFile = "file_type.file"
}
