import Foundation

/// What a build is asked to do.
public struct BuildOptions: Sendable {
    /// Publish drafts too.
    public var includeDrafts: Bool
    /// Treat warnings as errors.
    public var strict: Bool
    /// Write the output (false: check only — everything runs but nothing is written).
    public var writeOutput: Bool
    /// Publish announcements dated in the future too (`--future`).
    public var includeFuture = false
    /// The moment the build is for: what is scheduled after it is left out, and notices that
    /// expired before it are marked. Nil means now; tests set it.
    var now: Date?
    /// Build even when nothing changed since the last build.
    public var force: Bool = false
    /// Names the running sitegen (the command line passes its executable's size and time), so
    /// that a new sitegen rebuilds what an older one built.
    public var toolIdentity: String = "sitegen"

    /// What of these options changes the output, and which sitegen runs: part of the input
    /// fingerprint, so that a build with other options is not taken for up to date.
    var fingerprintSettings: [String] {
        [toolIdentity, includeDrafts ? "drafts" : "published", includeFuture ? "future" : "due", strict ? "strict" : "lenient"]
    }

    /// Creates options; the defaults build the published site.
    public init(includeDrafts: Bool = false, strict: Bool = false, writeOutput: Bool = true) {
        self.includeDrafts = includeDrafts
        self.strict = strict
        self.writeOutput = writeOutput
    }
}
