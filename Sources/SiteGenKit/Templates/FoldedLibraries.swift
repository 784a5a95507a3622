import Foundation
import Mustache

/// The theme with a page's `root` and `site` values folded in (see ``TemplateFolding``), one
/// copy for each template and set of values, shared by every page rendered with them.
final class FoldedLibraries: @unchecked Sendable {
    /// A template and the values its tags get.
    private struct Key: Hashable {
        var template: String
        var values: [TemplateFolding.Value?]
    }

    /// A foldable name, split at its dots.
    private struct Name {
        var name: String
        /// Whether it starts with `site.`; its other parts follow.
        var isSite: Bool
        var parts: [String]
    }

    private let library: MustacheLibrary
    private let sources: [String: String]
    private let escape: @Sendable (String) -> String
    /// The templates each template uses (itself, its partials and parents) and the foldable
    /// names they use.
    private let uses: [String: (templates: Set<String>, names: [Name])]
    private let lock = NSLock()
    private var folded: [Key: (library: MustacheLibrary, number: Int)] = [:]

    /// Folds into the theme of `theme` (its texts as `library` parsed them); `escape` escapes
    /// text for `{{ }}`.
    init(library: MustacheLibrary, theme: ThemeScan, escape: @escaping @Sendable (String) -> String) {
        self.library = library
        sources = theme.sources
        self.escape = escape
        let own = theme.tags.mapValues { TemplateFolding.names(among: $0 ?? []) }
        uses = theme.uses.mapValues { templates in
            let names = templates.reduce(into: Set<String>()) { $0.formUnion(own[$1] ?? []) }
            return (templates, names.sorted().map { name in
                let parts = name.split(separator: ".").map(String.init)
                return parts.first == "site" ? Name(name: name, isSite: true, parts: Array(parts.dropFirst())) : Name(name: name, isSite: false, parts: parts)
            })
        }
    }

    /// The library to render `template` with for `context`: with the values `context` gives
    /// folded in, or the theme as it is when it gives none; and its number (0: the theme), the
    /// same for the same copy.
    func library(for template: String, context: Any) -> (library: MustacheLibrary, number: Int) {
        guard let uses = uses[template], !uses.names.isEmpty else { return (library, 0) }
        let values = Self.values(of: uses.names, in: context)
        guard values.contains(where: { $0 != nil }) else { return (library, 0) }
        let key = Key(template: template, values: values)
        if let cached = lock.withLock({ folded[key] }) { return cached }
        var named: [String: TemplateFolding.Value] = [:]
        for (name, value) in zip(uses.names, values) { named[name.name] = value }
        let made = fold(named, into: uses.templates)
        return lock.withLock {
            if let cached = folded[key] { return cached }
            folded[key] = (made, folded.count + 1)
            return (made, folded.count)
        }
    }

    /// The values of `names` that `context` gives (nil: not foldable), each name looked up as
    /// swift-mustache would at the top of the stack.
    private static func values(of names: [Name], in context: Any) -> [TemplateFolding.Value?] {
        guard let context = context as? any MustacheParent else { return names.map { _ in nil } }
        var site: (any MustacheParent)??
        return names.map { name in
            var parent: any MustacheParent = context
            if name.isSite {
                if site == nil { site = .some(context.child(named: "site") as? any MustacheParent) }
                guard let found = site ?? nil else { return nil }
                parent = found
            }
            var object: Any?
            for (position, part) in name.parts.enumerated() {
                guard let child = parent.child(named: part) else { return nil }
                if position == name.parts.count - 1 {
                    object = child
                } else {
                    guard let next = child as? any MustacheParent else { return nil }
                    parent = next
                }
            }
            switch object {
            case let text as TemplateText: return TemplateFolding.canShow(text.text) ? .text(text.text) : nil
            case let flag as Bool: return .flag(flag)
            default: return nil
            }
        }
    }

    /// The theme with `values` folded into `templates`.
    private func fold(_ values: [String: TemplateFolding.Value], into templates: Set<String>) -> MustacheLibrary {
        var folded = library
        for name in templates {
            guard let source = sources[name] else { continue }
            let text = TemplateFolding.fold(source, values: values, escape: escape)
            guard text != source else { continue }
            // Folding keeps a parsed theme parseable; were it not to, the page keeps the lookups.
            guard let template = try? ParsedTemplates.shared.template(for: text) else { continue }
            folded.register(template, named: name)
        }
        return folded
    }
}
