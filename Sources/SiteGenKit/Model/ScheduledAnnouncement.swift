/// An announcement dated in the future, left out of the build until its date.
struct ScheduledAnnouncement: Sendable, Hashable {
    /// Its file below the content folder.
    var contentPath: String
    /// Its headline.
    var title: String
    /// When it is published.
    var date: SiteDate
    /// Where its `date:` is written.
    var location: SourceLocation
}
