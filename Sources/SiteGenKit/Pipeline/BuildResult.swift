import Foundation

/// What a build did and found.
public struct BuildResult: Sendable {
    /// Every problem found, sorted by file and line.
    public var diagnostics: [Diagnostic]
    /// HTML pages and generated files (feed, sitemap, robots) written.
    public var pagesWritten: Int
    /// Files copied verbatim (attachments, images, theme assets).
    public var filesCopied: Int
    /// Wall-clock time of the build, in seconds.
    public var seconds: Double
    /// How long each named step took, in order.
    public var stepTimes: [(step: String, seconds: Double)]
    /// The CPU time of each step in ``stepTimes`` (all threads, user and system), in seconds:
    /// above the step's wall time when it kept several cores busy.
    public var stepCPUTimes: [Double] = []
    /// Files of the site search's index written below `search/` (not counted as pages).
    public var searchIndexFiles = 0
    /// How long making the search index took on its own, in seconds (it is made beside the
    /// pages, so its time is part of theirs in ``stepTimes``); nil when none was made.
    public var searchIndexSeconds: Double?
    /// Whether the output was already up to date, so that nothing was done.
    public var upToDate = false
    /// Whether a session's rebuild rendered only the pages whose inputs changed (see ``BuildSession``).
    public var incremental = false
    /// Of the files written, how many were written anew rather than kept as they were: those
    /// whose bytes differ from what the output held before (all of them where hard links fail).
    public var filesChanged = 0
    /// Announcements dated in the future, left out until their date (without `--future`).
    public var scheduled: [ScheduledPost] = []
    /// The next moment at which the site changes by itself — a scheduled announcement's date
    /// comes, or a notice expires — when the build succeeded and there is one: a build then
    /// publishes something a build now does not.
    public var nextChange: Date?
    /// The site's title from `site.yaml`, when the content was loaded (nil when the build
    /// stopped before, or was skipped as up to date).
    public var siteTitle: String?
    /// The address the site is published at (`base_url` in site.yaml), when it has one.
    public var siteBaseURL: String?
    /// Domains that external links in the content point to, with counts (check mode only).
    public var externalDomains: [(domain: String, count: Int)] = []

    /// Creates a result.
    public init(diagnostics: [Diagnostic], pagesWritten: Int = 0, filesCopied: Int = 0, seconds: Double = 0, stepTimes: [(step: String, seconds: Double)] = []) {
        self.diagnostics = diagnostics
        self.pagesWritten = pagesWritten
        self.filesCopied = filesCopied
        self.seconds = seconds
        self.stepTimes = stepTimes
    }

    /// How many errors there are.
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    /// How many warnings there are.
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}
