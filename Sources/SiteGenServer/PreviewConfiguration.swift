import SiteGenKit

/// What `sitegen serve` builds, where it listens and how it watches.
public struct PreviewConfiguration: Sendable {
    /// The editors' Markdown and YAML.
    public var contentDirectory: String
    /// The theme.
    public var templatesDirectory: String
    /// The address listened on: `127.0.0.1` (this machine only), `0.0.0.0`, `::1`, …;
    /// `localhost` means `127.0.0.1`.
    public var host: String
    /// The port; 0 picks a free one (see ``PreviewServer/address``).
    public var port: UInt16
    /// The sub-path the site is served under.
    public var basePath: BasePath
    /// Publish drafts too.
    public var includeDrafts = false
    /// Publish announcements dated in the future too.
    public var includeFuture = false
    /// How often the input folders are compared with the last look.
    public var pollInterval: Duration = .milliseconds(250)
    /// How long the files must stay unchanged before a rebuild starts.
    public var debounce: Duration = .milliseconds(200)
    /// How long after a rebuild, with no save meanwhile, the site search's index is brought up
    /// to date (a rebuild leaves it to this, as it costs about as much as rendering every page).
    public var searchRefreshDelay: Duration = .seconds(1)
    /// How often open event streams get a keep-alive comment.
    public var keepAliveInterval: Duration = .seconds(15)
    /// Where the preview builds the site; nil makes a new folder in the system's temporary
    /// folder, removed when the server stops. Never the site's `Output/`.
    public var buildDirectory: String?

    /// Creates a configuration; the defaults serve `Content/` with `Templates/` at
    /// `http://127.0.0.1:8080/`.
    public init(contentDirectory: String = "Content", templatesDirectory: String = "Templates", host: String = "127.0.0.1", port: UInt16 = 8080, basePath: BasePath = .root) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.host = host
        self.port = port
        self.basePath = basePath
    }
}
