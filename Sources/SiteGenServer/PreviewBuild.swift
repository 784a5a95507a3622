import SiteGenKit

/// One build of a preview, as the server reports it.
public struct PreviewBuild: Sendable {
    /// What the build did and found.
    public var result: BuildResult
    /// 1 for the build at start, 2 for the first rebuild, …
    public var number: Int
    /// Whether the build failed, so that the last good site is still served.
    public var failed: Bool { result.errorCount > 0 }
}
