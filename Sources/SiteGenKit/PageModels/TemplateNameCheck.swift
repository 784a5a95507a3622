import Foundation

/// Finds tags whose names no value has where they stand (`{{site.titel}}`), which swift-mustache
/// would render as nothing on every page.
///
/// Each page template is walked with the values its pages get (``TemplateReference/pages`` and
/// ``CommonPageModel``), into its sections (a section over a nested value looks names up there
/// first, then in the values around it, as swift-mustache does), its partials and its parent;
/// the shared chunks' partials are walked with the values they are rendered with too. A tag is
/// reported when its name is found in none of the places the tag is rendered from; where a value
/// of unknown shape stands (the values of an added content kind), nothing is reported.
struct TemplateNameCheck {
    /// A template's text as written, where it came from.
    struct Source {
        var path: String
        var text: String
    }

    /// Where names are looked up, innermost last.
    private enum Scope {
        case model(any TemplateModel.Type)
        /// A value without fields (text, a flag): lookups go on to the values around it.
        case transparent
        /// A value whose fields are not known: nothing is reported past it.
        case unknown
    }

    /// What a name is.
    private enum Resolution {
        /// No value has it.
        case missing
        /// A value of unknown shape may have it.
        case unknown
        case found(TemplateFieldType)
    }

    private struct Outcome {
        var path: String
        var line: Int
        var column: Int
        var name: String
        var found = false
        var candidates: Set<String> = []
        /// Whether the name is a page's value, missing from a shared chunk.
        var isPageValueInChunk = false
    }

    private let sources: [String: Source]
    private let tokens: [String: [TemplateTag]]
    private var outcomes: [String: Outcome] = [:]
    /// Each model's fields, by name, as they are first needed.
    private var fieldsByModel: [ObjectIdentifier: (names: [String], types: [String: TemplateFieldType])] = [:]

    /// Checks the templates `sources`, by name.
    init(sources: [String: Source]) {
        self.sources = sources
        tokens = sources.compactMapValues { TemplateTag.scan($0.text) }
    }

    /// The problems found in the theme checked last, by a digest of its texts: a session's
    /// rebuilds do not walk an unchanged theme again.
    nonisolated(unsafe) private static var last: (digest: UInt64, problems: [Diagnostic])?
    private static let lock = NSLock()

    /// Reports each tag whose name no value has, with the nearest names as a hint; false when
    /// there was one.
    @discardableResult
    static func check(_ sources: [String: Source], diagnostics: DiagnosticBag) -> Bool {
        var hash = StableHash()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            hash.combine(name)
            hash.combine(source.path)
            hash.combine(source.text)
        }
        let digest = hash.value
        let problems = lock.withLock { last?.digest == digest ? last?.problems : nil } ?? problems(in: sources)
        lock.withLock { last = (digest, problems) }
        for problem in problems { diagnostics.report(problem) }
        return problems.isEmpty
    }

    /// The problems of `sources`.
    private static func problems(in sources: [String: Source]) -> [Diagnostic] {
        var check = TemplateNameCheck(sources: sources)
        for (template, model) in TemplateReference.pages {
            check.walk(template, scopes: [.model(CommonPageModel.self), .model(model)], visiting: [])
        }
        check.walk(SharedChunks.header, scopes: [.model(ChunkModel.self)], visiting: [])
        check.walk(SharedChunks.footer, scopes: [.model(ChunkModel.self)], visiting: [])
        check.walk(SharedChunks.announcementItem, scopes: [.model(ChunkModel.self), .model(AnnouncementItemModel.self)], visiting: [])
        let missing = check.outcomes.values.filter { !$0.found }.sorted { ($0.path, $0.line, $0.column) < ($1.path, $1.line, $1.column) }
        return missing.map { outcome in
            .error(
                at: SourceLocation(path: outcome.path, line: outcome.line, column: outcome.column),
                "no value is named '\(outcome.name)' here, so the tag would always be empty",
                hint: outcome.isPageValueInChunk
                    ? "'\(outcome.name)' is a page's value, and this partial is a shared chunk, rendered once for many pages with only `site`, `root`, `nav` and a list item's own values; show it from the page's template instead"
                    : Suggestions.hint(for: outcome.name, in: Array(outcome.candidates))
                    ?? "the values each template gets are listed in the README's template reference"
            )
        }
    }

    private mutating func walk(_ template: String, scopes: [Scope], visiting: Set<String>) {
        guard let tags = tokens[template], let source = sources[template], !visiting.contains(template) else { return }
        var index = 0
        walk(tags, from: &index, until: nil, in: source.path, scopes: scopes, visiting: visiting.union([template]))
    }

    private mutating func walk(_ tags: [TemplateTag], from index: inout Int, until closing: String?, in path: String, scopes: [Scope], visiting: Set<String>) {
        while index < tags.count {
            let tag = tags[index]
            index += 1
            switch tag.kind {
            case .variable:
                _ = resolve(tag, in: path, scopes: scopes)
            case .section:
                let type = resolve(tag, in: path, scopes: scopes)
                walk(tags, from: &index, until: tag.name, in: path, scopes: scopes + Self.pushed(by: type), visiting: visiting)
            case .invertedSection:
                _ = resolve(tag, in: path, scopes: scopes)
                walk(tags, from: &index, until: tag.name, in: path, scopes: scopes, visiting: visiting)
            case .block:
                walk(tags, from: &index, until: tag.name, in: path, scopes: scopes, visiting: visiting)
            case .parent:
                walk(tags, from: &index, until: tag.name, in: path, scopes: scopes, visiting: visiting)
                walk(tag.name, scopes: scopes, visiting: visiting)
            case .partial:
                walk(tag.name, scopes: scopes, visiting: visiting)
            case .closing:
                if tag.name == closing { return }
            }
        }
    }

    /// What a section over a value resolved as `resolution` puts on the stack.
    private static func pushed(by resolution: Resolution) -> [Scope] {
        switch resolution {
        case .found(.object(let model)), .found(.list(let model)): [.model(model)]
        case .found(.flag): []
        case .found: [.transparent]
        case .missing, .unknown: [.unknown]
        }
    }

    private mutating func fields(of model: any TemplateModel.Type) -> (names: [String], types: [String: TemplateFieldType]) {
        if let known = fieldsByModel[ObjectIdentifier(model)] { return known }
        var types: [String: TemplateFieldType] = [:]
        for field in model.referenceFields where types[field.name] == nil { types[field.name] = field.type }
        let fields = (model.referenceFields.map(\.name), types)
        fieldsByModel[ObjectIdentifier(model)] = fields
        return fields
    }

    /// What `tag` names, seen from `scopes`; a name no value has is remembered for the report.
    private mutating func resolve(_ tag: TemplateTag, in path: String, scopes: [Scope]) -> Resolution {
        var name = tag.name
        // A transform (`uppercased(title)`) applies to the name in its innermost parentheses.
        while let open = name.firstIndex(of: "("), name.last == ")" {
            name = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        }
        if name.isEmpty || name == "." || name.hasPrefix("t.") { return .unknown }
        var parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let onlyInnermost = name.hasPrefix(".")
        if onlyInnermost { parts.removeFirst() }
        guard let head = parts.first, !head.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else { return .unknown }
        let key = "\(path):\(tag.line):\(tag.column)"
        var outcome = outcomes[key] ?? Outcome(path: path, line: tag.line, column: tag.column, name: tag.name)
        defer { outcomes[key] = outcome }

        var type: TemplateFieldType?
        for scope in (onlyInnermost ? Array(scopes.suffix(1)) : scopes).reversed() {
            switch scope {
            case .unknown:
                outcome.found = true
                return .unknown
            case .transparent:
                continue
            case .model(let model):
                let fields = fields(of: model)
                if let field = fields.types[head] {
                    type = field
                } else {
                    outcome.candidates.formUnion(fields.names)
                }
            }
            if type != nil { break }
        }
        guard var found = type else {
            if case .model(let bottom) = scopes.first, bottom == ChunkModel.self,
               TemplateReference.pages.contains(where: { fields(of: $0.model).types[head] != nil }) || fields(of: CommonPageModel.self).types[head] != nil {
                outcome.isPageValueInChunk = true
            }
            return .missing
        }
        var written = head
        for part in parts.dropFirst() {
            guard case .object(let model) = found else { return .missing }
            let fields = fields(of: model)
            guard let field = fields.types[part] else {
                outcome.candidates.formUnion(fields.names.map { written + "." + $0 })
                return .missing
            }
            written += "." + part
            found = field
        }
        outcome.found = true
        return .found(found)
    }
}
