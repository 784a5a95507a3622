/// The alliance's report on one year: `Content/reports/<year>.md`.
struct AnnualReport: Sendable {
    /// A figure of the year.
    struct Metric: Sendable {
        /// Key for comparing the same figure across years.
        var key: String?
        /// What is counted.
        var label: String
        /// The figure.
        var value: Double
        /// Unit (人次, 场, 万元).
        var unit: String?
    }

    /// The year reported on.
    var year: Int
    /// Title.
    var title: String
    /// One or two sentences.
    var summary: String?
    /// The year's figures.
    var metrics: [Metric]
    /// The narrative.
    var body: MarkdownSource
    /// Where its front matter starts.
    var location: SourceLocation
    /// When the report was last revised (`updated:`), shown as 更新于.
    var updated: SiteDate?
}
