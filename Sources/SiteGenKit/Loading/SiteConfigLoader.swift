/// Reads `Content/site.yaml` into a ``SiteConfig``.
struct SiteConfigLoader {
    let fileSystem: any FileSystem
    let layout: SiteLayout
    let diagnostics: DiagnosticBag

    /// The configuration, or nil when `site.yaml` is missing or unusable (after reporting why).
    func load() -> SiteConfig? {
        let path = layout.configPath
        guard fileSystem.itemKind(at: layout.contentDirectory) == .directory else {
            diagnostics.error(
                at: SourceLocation(path: layout.contentDirectory),
                "content folder does not exist",
                hint: "run sitegen in the site's folder (the one that holds Content/ and Templates/), or pass --content"
            )
            return nil
        }
        guard fileSystem.itemKind(at: path) == .file else {
            diagnostics.error(
                at: SourceLocation(path: path),
                "site.yaml is missing",
                hint: "create \(path) with at least 'title:' and 'description:' (see the README)"
            )
            return nil
        }
        guard let text = TextFileReader(fileSystem: fileSystem, diagnostics: diagnostics).read(path),
              let root = YAMLSource(path: path).compose(text, diagnostics: diagnostics),
              let yaml = YAMLObject(root, what: "site.yaml", diagnostics: diagnostics) else { return nil }

        let title = yaml.string("title", required: true)
        let description = yaml.string("description", required: true)
        var config = SiteConfig(title: title ?? "", description: description ?? "")
        config.language = yaml.string("language") ?? "zh-CN"
        config.tagline = yaml.string("tagline")
        if let base = yaml.string("base_url") {
            if base.hasPrefix("https://") || base.hasPrefix("http://") {
                config.baseURL = base.hasSuffix("/") ? base : base + "/"
            } else {
                diagnostics.error(at: yaml.location(of: "base_url"), "'base_url' must be an absolute http:// or https:// URL, got \"\(base)\"", hint: "for example: base_url: https://www.example.org/")
            }
        }
        config.perPage = yaml.int("per_page", in: 1...1000) ?? 10
        config.allowRawHTML = yaml.bool("raw_html") ?? false
        if let timezone = yaml.string("timezone") {
            if Self.isUTCOffset(timezone) {
                config.timezone = timezone
            } else {
                diagnostics.error(at: yaml.location(of: "timezone"), "'timezone' must be a UTC offset like +08:00, got \"\(timezone)\"", hint: "China Standard Time is +08:00; leave the field out to use it")
            }
        }
        if let brokenLinks = yaml.string("broken_links") {
            switch brokenLinks {
            case "error": config.brokenLinksWarn = false
            case "warn": config.brokenLinksWarn = true
            default:
                diagnostics.error(
                    at: yaml.location(of: "broken_links"), "'broken_links' must be error or warn, got \"\(brokenLinks)\"",
                    hint: "error (the default) fails the build on a broken internal link; warn publishes and lists them"
                )
            }
        }
        config.alliance = loadAlliance(yaml.object("alliance"))
        config.navigation = yaml.objectList("nav", what: "a 'nav' entry").compactMap { item in
            let title = item.string("title", required: true)
            let link = item.string("link", required: true)
            item.reportUnknownKeys()
            guard let title, let link else { return nil }
            return NavigationItem(title: title, link: link, location: item.location(of: "link"))
        }
        config.footer = yaml.stringList("footer").map(\.text)
        config.allowedDomains = yaml.stringList("allowed_domains").map { $0.text.lowercased() }
        for (key, keyPath) in [("favicon", \SiteConfig.favicon), ("social_image", \SiteConfig.socialImage)] {
            guard let written = yaml.string(key) else { continue }
            let path = written.hasPrefix("files/") ? String(written.dropFirst(6)) : written
            if let normalized = Path.normalize(path), !normalized.isEmpty, !written.hasPrefix("/") {
                config[keyPath: keyPath] = FileReference(path: normalized, location: yaml.location(of: key))
            } else {
                diagnostics.error(at: yaml.location(of: key), "'\(key)' must be a file below Content/files/, got \"\(written)\"", hint: "for example: \(key): images/logo.png")
            }
        }
        if let megabytes = yaml.int("max_file_size_mb", in: 1...1024) { config.maximumFileSize = megabytes * 1024 * 1024 }
        config.keep = yaml.stringList("keep").compactMap { entry in
            guard let normalized = Path.normalize(entry.text), !entry.text.hasPrefix("/"), !normalized.isEmpty else {
                diagnostics.error(at: entry.location, "'keep' entry \"\(entry.text)\" must be a path inside the output folder", hint: "for example: keep: [baidu_verify_abc123.html]")
                return nil
            }
            return normalized
        }
        yaml.reportUnknownKeys()
        return title != nil && description != nil ? config : nil
    }

    private func loadAlliance(_ yaml: YAMLObject?) -> AllianceProfile? {
        guard let yaml else { return nil }
        let name = yaml.string("name", required: true)
        var profile = AllianceProfile(name: name ?? "")
        profile.shortName = yaml.string("short_name")
        profile.founded = yaml.date("founded")
        profile.foundedPlace = yaml.string("founded_place")
        if let contact = yaml.object("secretariat") {
            profile.secretariat = Contact(
                name: contact.string("name"),
                address: contact.string("address"),
                phone: contact.string("phone"),
                email: contact.string("email")
            )
            contact.reportUnknownKeys()
        }
        yaml.reportUnknownKeys()
        return name == nil ? nil : profile
    }

    static func isUTCOffset(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 6, scalars[0] == "+" || scalars[0] == "-", scalars[3] == ":" else { return false }
        return [1, 2, 4, 5].allSatisfy { ("0"..."9").contains(scalars[$0]) }
    }
}
