/// A commitment of the alliance over a period — a programme, a plan, the "ten things":
/// `Content/initiatives/<slug>.md`.
public struct Initiative: Sendable {
    /// Where it stands.
    public enum Status: String, BilingualChoice {
        /// 进行中: under way.
        case active
        /// 计划中: decided, not yet started.
        case planned
        /// 已完成: finished.
        case completed
        /// 已暂停: on hold.
        case suspended

        /// The Chinese name, e.g. 进行中.
        public var chineseName: String {
            switch self {
            case .planned: return "计划中"
            case .active: return "进行中"
            case .completed: return "已完成"
            case .suspended: return "已暂停"
            }
        }

        /// Every accepted spelling, English first, for hints.
        public static var spellings: [String] { allCases.flatMap { [$0.rawValue, $0.chineseName] } }
    }

    /// A measurable goal.
    public struct Target: Sendable {
        /// The key progress entries use to report achievements (`contests`).
        public var key: String?
        /// What is counted.
        public var label: String
        /// How much.
        public var value: Double
        /// In what unit (场, 个, 人次).
        public var unit: String?
        /// Whether the value is per year rather than for the whole period.
        public var perYear: Bool
    }

    /// What was done in one year.
    public struct Progress: Sendable {
        /// The year.
        public var year: Int
        /// What happened.
        public var note: String?
        /// Achieved values by target key.
        public var achieved: [String: Double]
    }

    /// URL slug and id (the file name).
    public var slug: String
    /// Title.
    public var title: String
    /// Where it stands.
    public var status: Status
    /// First year.
    public var startYear: Int
    /// The start as written (a year or a date), for display.
    public var start: String
    /// Last year, if it ends.
    public var endYear: Int?
    /// The end as written, for display.
    public var end: String?
    /// One sentence about it.
    public var summary: String?
    /// Ids of the leading members.
    public var lead: [Reference]
    /// Ids of the partner members.
    public var partners: [Reference]
    /// Its goals.
    public var targets: [Target]
    /// Progress by year, oldest first.
    public var progress: [Progress]
    /// The description.
    public var body: MarkdownSource
    /// Where its front matter starts.
    public var location: SourceLocation

    /// Whether it runs during `year` (between its start and end years).
    public func isRunning(in year: Int) -> Bool {
        startYear <= year && (endYear.map { year <= $0 } ?? true)
    }

    /// The period as shown: `2025—2027`, `2024`, `2025 起`.
    public var period: String {
        guard let endYear else { return "\(startYear)年起" }
        return endYear == startYear ? "\(startYear)年" : "\(startYear)—\(endYear)年"
    }
}
