/// The alliance's report on one year: `Content/reports/<year>.md`.
public struct AnnualReport: Sendable {
    /// A figure of the year.
    public struct Metric: Sendable {
        /// Key for comparing the same figure across years.
        public var key: String?
        /// What is counted.
        public var label: String
        /// The figure.
        public var value: Double
        /// Unit (人次, 场, 万元).
        public var unit: String?
    }

    /// The year reported on.
    public var year: Int
    /// Title.
    public var title: String
    /// One or two sentences.
    public var summary: String?
    /// The year's figures.
    public var metrics: [Metric]
    /// The narrative.
    public var body: MarkdownSource
    /// Where its front matter starts.
    public var location: SourceLocation
}
