import Foundation
import Mustache

/// Renders pages by their shape: a template is rendered by swift-mustache once for each shape
/// of page, with stand-ins for the page's values, and every page of that shape gets that output
/// with its own values put in.
///
/// What swift-mustache does with a value depends only on its kind (``ShapeValue``): whether a
/// name is there, a flag's value, a list's length. A page's shape is the kinds of the values the
/// template asked for, in order; pages of one shape render to the same HTML around their texts.
/// Finding a page's shape reads its values directly (no context stack, one dynamic cast a value),
/// and an announcement page of the default theme renders in less than half the time.
///
/// Left to swift-mustache as they are:
/// - templates that use, through partials and parents, a partial or block indented on its own
///   line (swift-mustache indents a value's lines there by what the value holds), or that
///   change their delimiters;
/// - a template and set of folded values with a value of another kind (a plain string, a number,
///   a dictionary), or with too many shapes for its pages (each new shape costs a little more
///   than rendering the page: see ``decisionsBeforeFirstHit`` and ``pagesPerShape``), or pages of a
///   new shape past ``maximumShapes``.
final class TemplateShapes: @unchecked Sendable {
    private struct Key: Hashable {
        var template: String
        /// Which folded copy of the theme (see ``FoldedLibraries``).
        var library: Int
    }

    /// What is known of one template's pages.
    private struct Book {
        var expressions = ShapeExpressions()
        var tree: ShapeTree?
        var pages = 0
        var shapes = 0
        /// Whether a page has found its shape yet (counted once: 0 or 1).
        var hits = 0
        /// The values the recordings asked for, together.
        var decisions = 0
        var abandoned = false
    }

    /// A template whose first pages all had shapes of their own, asking for this many values
    /// together, is left to swift-mustache: its pages are alike in nothing (a member's page with
    /// its own number of announcements), and recording them costs more than rendering them.
    static let decisionsBeforeFirstHit = 2_000
    /// Past this many shapes, a template must have had ``pagesPerShape`` pages for each.
    static let shapesBeforeJudging = 48
    /// The pages a shape must serve on average, once a template has many shapes.
    static let pagesPerShape = 4
    /// The most shapes a template keeps (each holds its HTML); pages of a new shape past it are
    /// rendered as they are.
    static let maximumShapes = 1_000

    private let shapeable: Set<String>
    private let lock = NSLock()
    private var books: [Key: Book] = [:]

    /// Shapes for the templates of `theme` that can have them.
    init(theme: ThemeScan) {
        let unsuitable = Set(theme.sources.keys.filter { name in
            guard let tags = theme.tags[name] ?? nil, let text = theme.sources[name] else { return true }
            return Self.indentsInclusions(text, tags: tags)
        })
        shapeable = Set(theme.sources.keys.filter { name in
            (theme.uses[name] ?? [name]).allSatisfy { theme.sources[$0] != nil && !unsuitable.contains($0) }
        })
    }

    /// The HTML of `template` for `context` rendered by shape with `library` (the copy of the
    /// theme numbered `libraryNumber`), as UTF-8; nil when the page must be rendered as it is.
    func render(template: String, library: MustacheLibrary, libraryNumber: Int, context: Any) -> [UInt8]? {
        guard shapeable.contains(template) else { return nil }
        let key = Key(template: template, library: libraryNumber)
        let book = lock.withLock { () -> Book in
            books[key, default: Book()].pages += 1
            return books[key, default: Book()]
        }
        guard !book.abandoned else { return nil }
        var values = PageValues(context: context, count: book.expressions.count)
        var node = book.tree
        while let current = node {
            guard let expression = current.expression else {
                if book.hits == 0 { lock.withLock { books[key]?.hits += 1 } }
                return current.output?.html(values: &values, expressions: book.expressions)
            }
            guard let value = values.value(expression, in: book.expressions) else {
                abandon(key)
                return nil
            }
            node = current.branches[value.outcome]
        }
        guard book.hits > 0 || book.shapes < 2 || book.decisions < Self.decisionsBeforeFirstHit,
              book.shapes < Self.shapesBeforeJudging || book.shapes * Self.pagesPerShape <= book.pages else {
            abandon(key)
            return nil
        }
        guard book.shapes < Self.maximumShapes else { return nil }
        return record(template: template, key: key, library: library, context: context, expressions: book.expressions)
    }

    /// Renders the page with stand-ins, keeps its shape and returns its HTML.
    private func record(template: String, key: Key, library: MustacheLibrary, context: Any, expressions: ShapeExpressions) -> [UInt8]? {
        let recorder = ShapeRecorder(context: context, expressions: expressions)
        guard let standIn = recorder.standInForContext(),
              let rendered = library.render(standIn, withTemplate: template), !recorder.failed else {
            abandon(key)
            return nil
        }
        let output = ShapedOutput(recorded: rendered)
        let html = output.html(values: &recorder.values, expressions: recorder.expressions)
        lock.withLock {
            var book = books[key, default: Book()]
            // The recording's table started as a copy of the book's, which may have grown since.
            var numbers: [Int] = []
            for expression in recorder.expressions.all {
                numbers.append(book.expressions.number(of: ShapeExpression(parent: expression.parent < 0 ? -1 : numbers[expression.parent], step: expression.step)))
            }
            let decisions = recorder.decisions.map { (expression: numbers[$0.expression], outcome: $0.outcome) }
            let shaped = output.renumbered(numbers)
            if let tree = book.tree {
                if let added = tree.adding(decisions[...], output: shaped) { book.tree = added } else { book.abandoned = true }
            } else {
                book.tree = .path(decisions[...], output: shaped)
            }
            book.shapes += 1
            book.decisions += decisions.count
            books[key] = book
        }
        return html
    }

    /// How many pages asked for `template` (over every folded copy), how many shapes it has, and
    /// whether any copy is rendered as it is now.
    func statistics(of template: String) -> (pages: Int, shapes: Int, abandoned: Bool) {
        lock.withLock {
            books.filter { $0.key.template == template }.values.reduce((0, 0, false)) { ($0.0 + $1.pages, $0.1 + $1.shapes, $0.2 || $1.abandoned) }
        }
    }

    /// Whether `template` can be rendered by shape at all.
    func isShapeable(_ template: String) -> Bool {
        shapeable.contains(template)
    }

    private func abandon(_ key: Key) {
        lock.withLock { books[key, default: Book()].abandoned = true }
    }

    /// Whether `text` has a partial, parent or block tag indented on a line of its own.
    static func indentsInclusions(_ text: String, tags: [TemplateTag]) -> Bool {
        let inclusions = tags.filter { [.partial, .parent, .block].contains($0.kind) && $0.column > 1 }
        guard !inclusions.isEmpty else { return false }
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        return inclusions.contains { tag in
            guard tag.line - 1 < lines.count else { return true }
            return lines[tag.line - 1].prefix(tag.column - 1).allSatisfy { $0 == " " || $0 == "\t" }
        }
    }
}
