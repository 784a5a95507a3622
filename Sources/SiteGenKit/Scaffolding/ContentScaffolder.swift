import Foundation

/// Writes new content files for `sitegen new`: the file a kind's loader reads, with every
/// required field filled in and the optional ones as comments, dated today in the site's time
/// zone, named after its title; never over an existing file or an existing page's address.
public struct ContentScaffolder: Sendable {
    /// The content folder, holding `site.yaml` (default `Content`).
    let contentDirectory: String
    /// Where the site is read and the file written.
    let fileSystem: any FileSystem
    /// The current instant, whose day in the site's time zone is "today".
    let now: @Sendable () -> Date

    /// A scaffolder for the site in `contentDirectory`; `now` is the clock (tests set their own).
    public init(contentDirectory: String = "Content", fileSystem: any FileSystem = LocalFileSystem(), now: @escaping @Sendable () -> Date = { Date() }) {
        self.contentDirectory = contentDirectory
        self.fileSystem = fileSystem
        self.now = now
    }

    /// Writes `content` as a new file and returns its path: the content folder joined with the
    /// file's place in it (`Content/announcements/2025-09-29-大会.md`).
    ///
    /// - Throws: ``NewContentError`` when `site.yaml` has errors, an option is invalid or does not
    ///   apply to the kind, the file exists, or an existing file's page has the same address.
    ///   Nothing is written then.
    public func write(_ content: NewContent) throws(NewContentError) -> String {
        let config = try loadConfig()
        let file = try plan(content, config: config)
        let path = Path.join(contentDirectory, file.contentPath)
        if fileSystem.itemKind(at: path) != nil {
            throw NewContentError(
                at: SourceLocation(path: path), "file already exists; sitegen new never overwrites a file",
                hint: content.kind == .member ? "choose another --id, or edit the file" : content.kind == .report ? "edit the existing report" : "choose another title or pass --slug, or edit the file"
            )
        }
        try checkAddressIsFree(file, kind: content.kind, path: path)
        do {
            try fileSystem.write(Data(file.text.utf8), to: path)
        } catch {
            throw NewContentError(at: SourceLocation(path: path), "cannot write the file: \(error)", hint: "check that the folder exists and that you may write to it")
        }
        return path
    }

    /// A file to write: its place below the content folder, its text, and the page it makes.
    private struct PlannedFile {
        var contentPath: String
        var text: String
        var route: Route
    }

    /// Where problems with the command's own arguments are reported.
    private static let argumentsLocation = SourceLocation(path: "sitegen new")

    private func loadConfig() throws(NewContentError) -> SiteConfig {
        let diagnostics = DiagnosticBag()
        let config = SiteConfigLoader(fileSystem: fileSystem, layout: SiteLayout(contentDirectory: contentDirectory), diagnostics: diagnostics).load()
        let errors = diagnostics.all.filter { $0.severity == .error }
        guard errors.isEmpty, let config else {
            throw NewContentError(errors.isEmpty ? [.error(at: SourceLocation(path: Path.join(contentDirectory, "site.yaml")), "site.yaml cannot be read")] : errors)
        }
        return config
    }

    private func plan(_ content: NewContent, config: SiteConfig) throws(NewContentError) -> PlannedFile {
        try checkOptionsApply(to: content)
        let title = content.title.trimmingWhitespace()
        guard !title.isEmpty else {
            throw NewContentError(at: Self.argumentsLocation, content.kind == .report ? "the report's year is missing" : "the title is empty", hint: Self.example(for: content.kind))
        }
        guard !title.contains(where: { $0 == "\n" || $0 == "\r" }) else {
            throw NewContentError(at: Self.argumentsLocation, "the title must be one line", hint: Self.example(for: content.kind))
        }
        switch content.kind {
        case .announcement:
            let date = try day(content, config: config)
            let slug = try slug(content, title: title)
            if Routes.reservedAnnouncementSlugs.contains(slug) {
                throw NewContentError(at: Self.argumentsLocation, "the slug \"\(slug)\" is reserved for the list pages", hint: "pass another --slug")
            }
            let fileName = "\(date.isoDate)-\(slug).md"
            let explicit = Slug.fromFileName(fileName) == slug ? nil : slug
            return PlannedFile(
                contentPath: Path.join("announcements", fileName),
                text: ScaffoldText.announcement(title: title, date: date, isDraft: content.isDraft, slug: explicit),
                route: Routes.announcement(slug: slug)
            )
        case .page:
            let slug = try slug(content, title: title)
            if Routes.reservedTopLevelNames.contains(slug) {
                throw NewContentError(at: Self.argumentsLocation, "the slug \"\(slug)\" is reserved for sitegen's own pages", hint: "pass another --slug")
            }
            let fileName = "\(slug).md"
            let explicit = Slug.fromFileName(fileName) == slug ? nil : slug
            return PlannedFile(contentPath: Path.join("pages", fileName), text: ScaffoldText.page(title: title, slug: explicit), route: Routes.page(slug: slug))
        case .initiative:
            let date = try day(content, config: config)
            let slug = try slug(content, title: title)
            let fileName = "\(slug).md"
            let explicit = Slug.fromFileName(fileName) == slug ? nil : slug
            return PlannedFile(
                contentPath: Path.join("initiatives", fileName),
                text: ScaffoldText.initiative(title: title, startYear: date.year, slug: explicit),
                route: Routes.initiative(slug: slug)
            )
        case .report:
            guard let year = Int(title), (1900...2200).contains(year), title.allSatisfy(\.isASCII) else {
                throw NewContentError(at: Self.argumentsLocation, "a report is named by its year, like 2025, got \"\(title)\"", hint: Self.example(for: .report))
            }
            return PlannedFile(contentPath: Path.join("reports", "\(year).md"), text: ScaffoldText.report(year: year), route: Routes.report(year: year))
        case .member:
            return try planMember(content, name: title, config: config)
        }
    }

    private func planMember(_ content: NewContent, name: String, config: SiteConfig) throws(NewContentError) -> PlannedFile {
        guard let written = content.memberID?.trimmingWhitespace(), !written.isEmpty else {
            throw NewContentError(at: Self.argumentsLocation, "a member needs an id: pass --id", hint: "for example: sitegen new member \"\(name)\" --id zibo-tech (lowercase ASCII letters, digits, '-', '_', '.'; the id is the member's URL)")
        }
        guard MemberDecoder.isValidID(written) else {
            throw NewContentError(
                at: Self.argumentsLocation,
                "member id \"\(written)\" must start with a lowercase ASCII letter or digit and use only those, '-', '_' and '.'",
                hint: "ids appear in URLs and references, e.g. zibo-tech; the Chinese name goes in the title"
            )
        }
        let id = MemberID(written)
        if Routes.reservedMemberIDs.contains(id) {
            throw NewContentError(at: Self.argumentsLocation, "the member id \"\(id)\" is reserved for the member views", hint: "choose another --id")
        }
        let joined = try day(content, config: config)
        let existing = existingMembers()
        if let taken = existing.first(where: { $0.id == written }) {
            throw NewContentError(at: taken.location, "member id '\(id)' is already used here", hint: "every member needs its own id; choose another --id")
        }

        let type: MemberType
        if let written = content.memberType {
            guard let parsed = MemberType(written: written) else {
                throw NewContentError(
                    at: Self.argumentsLocation, "--type \"\(written)\" is not one of: \(MemberType.spellings.joined(separator: ", "))",
                    hint: Suggestions.hint(for: written, in: MemberType.spellings) ?? "write it in Chinese or by its English key"
                )
            }
            type = parsed
        } else if let guessed = MemberGuess.type(fromName: name) {
            type = guessed
        } else {
            throw NewContentError(
                at: Self.argumentsLocation, "cannot tell the type of \"\(name)\" from its name: pass --type",
                hint: "one of: \(MemberType.spellings.joined(separator: ", "))"
            )
        }

        let region: String
        if let written = content.region {
            guard let canonical = ProvinceNames.canonical(written) else {
                throw NewContentError(
                    at: Self.argumentsLocation, "--region must be a province-level region such as 上海, 江苏, 浙江 or 安徽, got \"\(written)\"",
                    hint: Suggestions.hint(for: written, in: ProvinceNames.all) ?? "write the province, municipality or autonomous region"
                )
            }
            region = canonical
        } else if let guessed = MemberGuess.region(in: name)
            ?? MemberGuess.mostCommonRegion(existing.compactMap(\.region))
            ?? [config.alliance?.foundedPlace, config.alliance?.secretariat?.address, config.title].compactMap({ $0 }).lazy.compactMap(MemberGuess.region(in:)).first {
            region = guessed
        } else {
            throw NewContentError(at: Self.argumentsLocation, "cannot tell the region of \"\(name)\": pass --region", hint: "for example: --region 山东")
        }

        return PlannedFile(
            contentPath: Path.join("members", "\(id.rawValue).md"),
            text: ScaffoldText.member(
                id: id, name: name, type: type, region: region, joined: joined,
                checkType: content.memberType == nil, checkRegion: content.region == nil
            ),
            route: Routes.member(id: id)
        )
    }

    /// Refuses options that mean nothing for the kind, rather than ignoring them.
    private func checkOptionsApply(to content: NewContent) throws(NewContentError) {
        var misplaced: [String] = []
        if content.slug != nil, content.kind == .member || content.kind == .report { misplaced.append("--slug") }
        if content.kind != .member {
            if content.memberID != nil { misplaced.append("--id") }
            if content.memberType != nil { misplaced.append("--type") }
            if content.region != nil { misplaced.append("--region") }
        }
        if content.isDraft, content.kind != .announcement { misplaced.append("--draft") }
        if content.date != nil, content.kind == .page || content.kind == .report { misplaced.append("--date") }
        guard misplaced.isEmpty else {
            let what = content.kind == .member ? "a member, named by --id" : content.kind == .report ? "a report, named by its year" : "a \(content.kind.rawValue)"
            throw NewContentError(at: Self.argumentsLocation, "\(misplaced.joined(separator: ", ")) cannot be used for \(what)", hint: Self.example(for: content.kind))
        }
    }

    /// `--date`, or today in the site's time zone.
    private func day(_ content: NewContent, config: SiteConfig) throws(NewContentError) -> SiteDate {
        if let written = content.date {
            guard written.utf8.count == 10, let date = SiteDate(parsing: written) else {
                let hint = SiteDate.zeroPadded(written).map { "did you mean \($0)?" } ?? "write the date as YYYY-MM-DD"
                throw NewContentError(at: Self.argumentsLocation, "--date must be a date like 2025-09-29, got \"\(written)\"", hint: hint)
            }
            return date
        }
        guard let today = SiteDate(dayAt: now(), utcOffset: config.timezone) else {
            throw NewContentError(
                at: SourceLocation(path: Path.join(contentDirectory, "site.yaml")), "cannot tell today's date in the time zone \(config.timezone)",
                hint: "write 'timezone:' as a UTC offset between -18:00 and +18:00, or pass --date"
            )
        }
        return today
    }

    /// `--slug`, checked, or the title's slug.
    private func slug(_ content: NewContent, title: String) throws(NewContentError) -> String {
        if let written = content.slug {
            if let problem = Slug.problem(with: written) {
                throw NewContentError(at: Self.argumentsLocation, "--slug \"\(written)\" \(problem)", hint: "use letters, digits, '-' or Chinese characters")
            }
            return written
        }
        var slug = Slug.make(from: title)
        // A long title makes a slug short enough for a file name, cut between characters.
        while slug.utf8.count > Self.maximumSlugBytes { slug.removeLast() }
        while slug.hasSuffix("-") || slug.hasSuffix(".") { slug.removeLast() }
        if slug.isEmpty || Slug.problem(with: slug) != nil {
            throw NewContentError(at: Self.argumentsLocation, "the title \"\(title)\" makes no usable slug", hint: "pass --slug, e.g. --slug congress-2025")
        }
        return slug
    }

    /// The longest slug made from a title, in UTF-8 bytes: 40 Chinese characters.
    private static let maximumSlugBytes = 120

    /// Refuses a file whose page would take the address of an existing file's page.
    private func checkAddressIsFree(_ file: PlannedFile, kind: NewContent.Kind, path: String) throws(NewContentError) {
        guard let contentKind = ContentKinds.builtIn.kind(named: kind.rawValue) else { return }
        let folder = Path.directory(of: file.contentPath)
        let files = (try? fileSystem.files(under: Path.join(contentDirectory, folder))) ?? []
        for existing in files where Path.fileExtension(existing) == "md" {
            let contentPath = Path.join(folder, existing)
            guard contentKind.route(ofUnloaded: contentPath) == file.route else { continue }
            let existingPath = Path.join(contentDirectory, contentPath)
            throw NewContentError(
                at: SourceLocation(path: path), "the new file would be published at \(file.route.prettyPath), where \(existingPath) already is",
                hint: kind == .announcement || kind == .page || kind == .initiative ? "pass another --slug, or edit \(existingPath)" : "edit \(existingPath)"
            )
        }
    }

    /// The members already in the site, read as much as needed for their ids and regions.
    private func existingMembers() -> [(id: String, region: String?, location: SourceLocation)] {
        let scratch = DiagnosticBag()
        var members: [(id: String, region: String?, location: SourceLocation)] = []
        func add(_ object: YAMLValue?, defaultID: String?, location: SourceLocation) {
            let pairs = object?.pairs ?? []
            let idValue = pairs.first { $0.key.scalarText == "id" }?.value
            guard let id = idValue?.scalarText ?? defaultID else { return }
            let region = pairs.first { $0.key.scalarText == "region" }?.value.scalarText
            members.append((id, region, idValue?.location ?? location))
        }
        func text(_ path: String) -> String? {
            (try? fileSystem.contents(of: path)).map { String(decoding: $0, as: UTF8.self) }
        }
        let manifest = Path.join(contentDirectory, "members.yaml")
        if let text = text(manifest), let root = YAMLSource(path: manifest).compose(text, diagnostics: scratch) {
            for element in root.elements ?? [] { add(element, defaultID: nil, location: element.location) }
        }
        let folder = Path.join(contentDirectory, "members")
        for file in (try? fileSystem.files(under: folder)) ?? [] where !Path.lastComponent(file).hasPrefix(".") {
            let path = Path.join(folder, file)
            let location = SourceLocation(path: path)
            switch Path.fileExtension(file) {
            case "md":
                let frontMatter = text(path).flatMap { FrontMatter.split($0, path: path, diagnostics: scratch) }
                let yaml = frontMatter.flatMap { matter in matter.yaml.flatMap { YAMLSource(path: path, lineOffset: matter.yamlLineOffset).compose($0, diagnostics: scratch) } }
                add(yaml, defaultID: Path.stem(file), location: location)
            case "yaml", "yml":
                add(text(path).flatMap { YAMLSource(path: path).compose($0, diagnostics: scratch) }, defaultID: Path.stem(file), location: location)
            default:
                continue
            }
        }
        return members
    }

    /// How to call `sitegen new` for `kind`.
    private static func example(for kind: NewContent.Kind) -> String {
        switch kind {
        case .announcement: return "for example: sitegen new announcement \"第二届联盟大会召开\" [--slug second-congress] [--draft] [--date 2025-09-29]"
        case .page: return "for example: sitegen new page \"入会程序\" [--slug join]"
        case .member: return "for example: sitegen new member \"淄博市技师学院\" --id zibo-tech [--type 技工院校] [--region 山东] [--date 2023-09-28]"
        case .initiative: return "for example: sitegen new initiative \"校企联合培养计划\" [--slug joint-training] [--date 2025-01-01]"
        case .report: return "for example: sitegen new report 2025"
        }
    }
}
