import Foundation
import Mustache

/// Renders Mustache templates with hummingbird-project/swift-mustache.
///
/// Templates are the `.mustache` files below the templates folder, named by their path without
/// the extension (`partials/header`). Loading reports syntax errors and references to missing
/// partials or parents, and `{{t.key}}` strings the table lacks, with the template's path, line
/// and column.
///
/// Pages get the theme with their `root` and `site` values folded in (``TemplateFolding``), unless
/// `foldsSiteValues` is off or a template declares a content type other than HTML; and they are
/// rendered by their shape (``TemplateShapes``) unless `rendersByShape` is off.
struct MustacheTemplateRenderer: TemplateRenderer {
    private let library: MustacheLibrary
    private let names: Set<String>
    private let folded: FoldedLibraries?
    /// The shapes pages are rendered by (nil: off).
    let shapes: TemplateShapes?
    /// Each template's text as written, and its path, by name.
    let sources: [String: (path: String, text: String)]
    /// What the theme renders by: a hash of every template as parsed (strings substituted) and
    /// of the options. Two renderers with the same identity render every page alike, so a
    /// session keeps one, with the copies and shapes its pages found (see ``BuildMemory``).
    let identity: String

    /// Loads every template below `directory`, with `{{t.key}}` taken from `strings`. Returns nil
    /// after reporting errors to `diagnostics`.
    static func load(from directory: String, fileSystem: any FileSystem, strings: StringsTable = .simplifiedChinese, foldsSiteValues: Bool = true, rendersByShape: Bool = true, diagnostics: DiagnosticBag) -> MustacheTemplateRenderer? {
        HTMLEscaping.registered
        guard fileSystem.itemKind(at: directory) == .directory else {
            diagnostics.error(at: SourceLocation(path: directory), "templates folder does not exist", hint: "pass --templates with the theme's folder, or restore Templates/ from the repository")
            return nil
        }
        let files: [String]
        do {
            files = try fileSystem.files(under: directory).filter { Path.fileExtension($0) == "mustache" }
        } catch {
            diagnostics.error(at: SourceLocation(path: directory), "templates folder cannot be listed", hint: "check that it is a folder you may read")
            return nil
        }
        var library = MustacheLibrary()
        var sources: [String: (path: String, text: String)] = [:]
        var parsedSources: [String: String] = [:]
        var ok = true
        let reader = TextFileReader(fileSystem: fileSystem, diagnostics: diagnostics)
        for file in files {
            let path = Path.join(directory, file)
            let name = String(file.dropLast(".mustache".count))
            guard let text = reader.read(path) else { ok = false; continue }
            sources[name] = (path, text)
            let substituted = TemplateStrings.substitute(in: text, from: strings, escape: HTMLEscaping().escapeText)
            for unknown in substituted.unknown {
                ok = false
                diagnostics.error(
                    at: SourceLocation(path: path, line: unknown.line, column: unknown.column),
                    "the strings table (\(strings.language)) has no string 't.\(unknown.key)'",
                    hint: Suggestions.hint(for: "t." + unknown.key, in: strings.entries.keys.map { "t." + $0 })
                        ?? "the keys are listed in the README's template reference; for a word of this theme only, write it in the template"
                )
            }
            do {
                library.register(try parse(substituted.text, writtenAs: text), named: name)
                parsedSources[name] = substituted.text
            } catch let error as MustacheTemplate.ParserError {
                ok = false
                diagnostics.error(
                    at: SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber),
                    "template syntax error: \(Self.describe(error.error))",
                    hint: "every {{#section}} and {{^section}} needs a matching {{/section}}; every {{<parent}} a {{/parent}}"
                )
            } catch {
                ok = false
                diagnostics.error(at: SourceLocation(path: path), "template cannot be parsed: \(error)", hint: "check the template's {{ }} tags")
            }
        }
        let names = Set(sources.keys)
        for (_, source) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in TemplateReferences.scan(source.text) where !names.contains(reference.name) {
                ok = false
                let kind = reference.isParent ? "parent template" : "partial"
                diagnostics.error(
                    at: SourceLocation(path: source.path, line: reference.line, column: reference.column),
                    "\(kind) '\(reference.name)' does not exist",
                    hint: Suggestions.hint(for: reference.name, in: Array(names)).map { $0 + " (templates are named by their path below \(directory) without .mustache)" }
                        ?? "create \(Path.join(directory, reference.name)).mustache"
                )
            }
        }
        guard ok else { return nil }
        let theme = ThemeScan(sources: parsedSources)
        let folds = foldsSiteValues && !parsedSources.values.contains(where: declaresOtherContentType)
        let folded = folds ? FoldedLibraries(library: library, theme: theme, escape: { HTMLEscaping().escapeText($0) }) : nil
        let shapes = rendersByShape ? TemplateShapes(theme: theme) : nil
        var identity = StableHash()
        identity.combine("folds \(folds), shapes \(rendersByShape)")
        for (name, text) in parsedSources.sorted(by: { $0.key < $1.key }) {
            identity.combine(name)
            identity.combine(text)
        }
        return MustacheTemplateRenderer(library: library, names: names, folded: folded, shapes: shapes, sources: sources, identity: identity.hex)
    }

    /// Whether `text` declares a content type other than HTML (folded text is escaped as HTML).
    private static func declaresOtherContentType(_ text: String) -> Bool {
        text.components(separatedBy: "CONTENT_TYPE").dropFirst().contains { rest in
            !rest.drop(while: { $0 == ":" || $0 == " " }).hasPrefix("HTML")
        }
    }

    /// Parses `text`; a syntax error is located in the template as written (`original`, before
    /// the strings went in), where the columns are the editor's.
    private static func parse(_ text: String, writtenAs original: String) throws -> MustacheTemplate {
        do {
            return try ParsedTemplates.shared.template(for: text)
        } catch {
            _ = try ParsedTemplates.shared.template(for: original)
            throw error
        }
    }

    private init(
        library: MustacheLibrary, names: Set<String>, folded: FoldedLibraries?, shapes: TemplateShapes?, sources: [String: (path: String, text: String)],
        identity: String
    ) {
        self.library = library
        self.names = names
        self.folded = folded
        self.shapes = shapes
        self.sources = sources
        self.identity = identity
    }

    func hasTemplate(named name: String) -> Bool { names.contains(name) }

    func render(template name: String, context: Any) throws -> String {
        switch try rendered(template: name, context: context) {
        case .shaped(let bytes): String(decoding: bytes, as: UTF8.self)
        case .whole(let text): text
        }
    }

    func renderUTF8(template name: String, context: Any) throws -> [UInt8] {
        switch try rendered(template: name, context: context) {
        case .shaped(let bytes): bytes
        case .whole(let text): Array(text.utf8)
        }
    }

    /// A page rendered by its shape (as UTF-8) or by swift-mustache as it is.
    private enum Rendered {
        case shaped([UInt8])
        case whole(String)
    }

    private func rendered(template name: String, context: Any) throws -> Rendered {
        let (library, number) = folded?.library(for: name, context: context) ?? (library, 0)
        if let html = shapes?.render(template: name, library: library, libraryNumber: number, context: context) { return .shaped(html) }
        guard let output = library.render(context, withTemplate: name) else {
            throw TemplateRenderError(template: name, reason: "does not exist")
        }
        return .whole(output)
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag does not match the section it closes"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "invalid delimiter change"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to a block"
        case .illegalTokenInsideInheritSection: return "only blocks ({{$name}}…{{/name}}) may stand inside a parent"
        case .textInsideInheritSection: return "text outside a block inside a parent"
        case .invalidConfigVariableSyntax: return "invalid pragma syntax"
        case .unrecognisedConfigVariable: return "unknown pragma"
        }
    }
}
