/// Where a site's folders are: what a build reads and where it writes.
public struct SiteLayout: Sendable {
    /// The editors' Markdown and YAML (default `Content`).
    public var contentDirectory: String
    /// The theme: Mustache templates and assets (default `Templates`).
    public var templatesDirectory: String
    /// Where the site is written (default `Output`).
    public var outputDirectory: String

    /// Creates a layout; the defaults are relative to the current directory.
    public init(contentDirectory: String = "Content", templatesDirectory: String = "Templates", outputDirectory: String = "Output") {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
    }

    /// `site.yaml` inside the content folder.
    public var configPath: String { Path.join(contentDirectory, "site.yaml") }
    /// The announcements folder.
    public var announcementsDirectory: String { Path.join(contentDirectory, "announcements") }
    /// The pages folder.
    public var pagesDirectory: String { Path.join(contentDirectory, "pages") }
    /// The folder of files copied verbatim to `files/`.
    public var filesDirectory: String { Path.join(contentDirectory, "files") }
    /// The theme's assets, copied to `assets/`.
    public var assetsDirectory: String { Path.join(templatesDirectory, "assets") }

    /// What a build keeps beside an output folder `NAME`, as `.NAME.sitegen-<side>`.
    public enum OutputSide: String, CaseIterable, Sendable {
        /// The record of the last build (fingerprint and output stamps).
        case state
        /// The output the last build replaced.
        case previous
        /// The folder a build writes into before it replaces the output.
        case staging
        /// A previous output being removed.
        case discarded
    }

    /// The path of `side` beside the output folder `output`.
    public static func path(of side: OutputSide, besideOutput output: String) -> String {
        var output = output
        while output.count > 1, output.hasSuffix("/") { output.removeLast() }
        return Path.join(Path.directory(of: output), ".\(Path.lastComponent(output)).sitegen-\(side.rawValue)")
    }
}
