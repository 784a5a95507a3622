/// `member_views`: the tabs of the member pages and the counts they show.
struct MemberViewsModel: TemplateModel {
    /// Which view the page is.
    enum View {
        case directory, regions, council, former, member
    }

    let builder: PageContextBuilder
    let view: View
    let links: Links

    private var members: [Member] { builder.site.members }
    private var lastChange: SiteDate? { members.flatMap { [$0.joined] + ($0.left.map { [$0] } ?? []) }.max() }

    static let modelName = "member views"
    static let fields = TemplateFields<MemberViewsModel>([
        .text("summary", "共N家成员单位，其中…") { $0.builder.strings.summary(of: $0.builder.currentMembers) },
        .number("current_count", "how many current members there are") { $0.builder.currentMembers.members.count },
        .number("former_count", "how many have left") { $0.members.filter { !$0.isCurrent }.count },
        .flag("has_former", "whether any have left") { $0.members.contains { !$0.isCurrent } },
        .text("directory_href", "the directory, by type") { $0.links.href(Routes.memberDirectory) },
        .text("regions_href", "the members by region") { $0.links.href(Routes.memberRegions) },
        .text("council_href", "the council") { $0.links.href(Routes.memberCouncil) },
        .text("former_href", "the former members") { $0.links.href(Routes.formerMembers) },
        .text("updated", "the last day a member joined or left, as readers write dates: the directory is as of then") { model in model.lastChange.map(model.builder.displayDate) },
        .text("updated_iso", "the same, as YYYY-MM-DD") { $0.lastChange?.isoDate },
        .flag("is_directory", "whether this page is the directory") { $0.view == .directory },
        .flag("is_regions", "whether it is the members by region") { $0.view == .regions },
        .flag("is_council", "whether it is the council") { $0.view == .council },
        .flag("is_former", "whether it is the former members") { $0.view == .former },
    ])
}
