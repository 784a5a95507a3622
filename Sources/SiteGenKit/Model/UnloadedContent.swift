/// Content that exists but could not be loaded because of its own errors.
///
/// References to it are not reported again: the one error in the file itself says what to fix,
/// instead of every link and id pointing at it failing too.
struct UnloadedContent: Sendable {
    /// Content files (`pages/charter.md`) that failed to load.
    var contentPaths: Set<String> = []
    /// Ids of members whose entries failed to load.
    var memberIDs: Set<MemberID> = []

    /// Creates an empty record.
    init() {}

    /// Whether the initiative with `slug` exists but failed to load.
    func hasInitiative(_ slug: String) -> Bool {
        contentPaths.contains("initiatives/\(slug).md")
    }
}
