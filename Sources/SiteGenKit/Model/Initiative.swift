/// A commitment of the alliance over a period — a programme, a plan, the "ten things":
/// `Content/initiatives/<slug>.md`.
struct Initiative: Sendable {
    /// Where it stands.
    enum Status: String, BilingualChoice {
        /// 进行中: under way.
        case active
        /// 计划中: decided, not yet started.
        case planned
        /// 已完成: finished.
        case completed
        /// 已暂停: on hold.
        case suspended

        /// How editors write it in Chinese, e.g. 进行中 (what pages show comes from the strings table).
        var chineseSpelling: String {
            switch self {
            case .planned: return "计划中"
            case .active: return "进行中"
            case .completed: return "已完成"
            case .suspended: return "已暂停"
            }
        }

        /// Every accepted spelling, English first, for hints.
        static var spellings: [String] { allCases.flatMap { [$0.rawValue, $0.chineseSpelling] } }
    }

    /// A measurable goal.
    struct Target: Sendable {
        /// The key progress entries use to report achievements (`contests`).
        var key: String?
        /// What is counted.
        var label: String
        /// How much.
        var value: Double
        /// In what unit (场, 个, 人次).
        var unit: String?
        /// Whether the value is per year rather than for the whole period.
        var perYear: Bool
    }

    /// What was done in one year.
    struct Progress: Sendable {
        /// The year.
        var year: Int
        /// What happened.
        var note: String?
        /// Achieved values by target key.
        var achieved: [String: Double]
    }

    /// URL slug and id (the file name).
    var slug: String
    /// Title.
    var title: String
    /// Where it stands.
    var status: Status
    /// First year.
    var startYear: Int
    /// The start as written (a year or a date), for display.
    var start: String
    /// Last year, if it ends.
    var endYear: Int?
    /// The end as written, for display.
    var end: String?
    /// One sentence about it.
    var summary: String?
    /// Ids of the leading members.
    var lead: [Reference]
    /// Ids of the partner members.
    var partners: [Reference]
    /// Its goals.
    var targets: [Target]
    /// Progress by year, oldest first.
    var progress: [Progress]
    /// The description.
    var body: MarkdownSource
    /// Where its front matter starts.
    var location: SourceLocation

    /// Whether it runs during `year` (between its start and end years).
    func isRunning(in year: Int) -> Bool {
        startYear <= year && (endYear.map { year <= $0 } ?? true)
    }
}
