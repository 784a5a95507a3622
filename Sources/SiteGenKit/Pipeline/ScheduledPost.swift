/// An announcement dated in the future, which a build leaves out until its date.
public struct ScheduledPost: Sendable, Equatable {
    /// Its file, e.g. `Content/announcements/2025-12-01-年会.md`.
    public var path: String
    /// Its headline.
    public var title: String
    /// When it comes out, as written (`2025-12-01` or `2025-12-01 09:00`).
    public var date: String
}
