/// Puts values that are the same on many pages into a theme's text before it is parsed, so that
/// swift-mustache does not look them up again on every page: `{{root}}` and `{{site.…}}` tags,
/// with the values one page has.
///
/// Every lookup costs swift-mustache several dynamic casts (about 2–5 µs a tag on these
/// machines), and the layout alone has about twenty such tags. A page's `root` and `site` values
/// depend only on the site and the page's folder, so pages in one folder share one folded copy
/// of the theme (``MustacheTemplateRenderer`` keeps one per set of values).
///
/// The names `site` and `root` always mean the page's own values: no value a section puts on the
/// stack has fields with those names (`TemplateFoldingTests` checks every model), which is what
/// makes a fold anywhere in a template give the HTML the lookup would.
///
/// What is folded, and what is left to swift-mustache:
/// - `{{name}}`, `{{{name}}}` and `{{&name}}` whose value is text: the text (escaped for `{{ }}`);
///   text that is empty or only spaces is left, as removing it could make a neighbouring tag
///   stand alone on its line, and so is text with `{{` in it;
/// - a section `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}` whose value is a flag or text, when
///   both its tags stand alone on their lines: kept without its tag lines or dropped, as
///   swift-mustache would render it (a section over text, whose content names `.`, is left);
/// - everything in a template that changes its delimiters (`{{=`) is left.
enum TemplateFolding {
    /// A value that can be folded into a template.
    enum Value: Hashable, Sendable {
        /// Text, shown escaped by `{{ }}` and as it is by `{{{ }}}`; a section over it is shown.
        case text(String)
        /// A flag: a section over it is shown when true.
        case flag(Bool)
    }

    /// Whether a tag's name is one this folds (`root`, `site.…`).
    static func isFoldable(_ name: String) -> Bool {
        (name == "root" || (name.hasPrefix("site.") && name.utf8.count > 5)) && name.utf8.allSatisfy(Tag.isNameByte)
    }

    /// The names of the foldable tags in `text`.
    static func names(in text: String) -> Set<String> {
        names(among: TemplateTag.scan(text) ?? [])
    }

    /// The names of the foldable tags among `tags` (none when the template changes delimiters).
    static func names(among tags: [TemplateTag]) -> Set<String> {
        Set(tags.lazy.filter { [.variable, .section, .invertedSection].contains($0.kind) && isFoldable($0.name) }.map(\.name))
    }

    /// `text` with the tags whose names `values` has folded in; `escape` escapes text for `{{ }}`.
    static func fold(_ text: String, values: [String: Value], escape: (String) -> String) -> String {
        let bytes = Array(text.utf8)
        guard !values.isEmpty, !changesDelimiters(bytes) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        fold(bytes[...], values: values, escape: escape, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `value` may be folded where a template shows it: not only spaces, no `{{`.
    static func canShow(_ value: String) -> Bool {
        var visible = false
        var previous: UInt8 = 0
        for byte in value.utf8 {
            if byte == UInt8(ascii: "{"), previous == UInt8(ascii: "{") { return false }
            if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t"), byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") { visible = true }
            previous = byte
        }
        return visible
    }

    private static func fold(_ bytes: ArraySlice<UInt8>, values: [String: Value], escape: (String) -> String, into out: inout [UInt8]) {
        var index = bytes.startIndex
        while let start = nextTagStart(in: bytes, from: index) {
            out.append(contentsOf: bytes[index..<start])
            guard let tag = Tag(in: bytes, at: start) else {
                out.append(contentsOf: bytes[start..<start + 2])
                index = start + 2
                continue
            }
            index = tag.end
            guard let value = values[tag.name] else {
                out.append(contentsOf: bytes[start..<tag.end])
                continue
            }
            switch (tag.kind, value) {
            case (.escaped, .text(let text)) where canShow(text):
                out.append(contentsOf: escape(text).utf8)
            case (.raw, .text(let text)) where canShow(text):
                out.append(contentsOf: text.utf8)
            case (.section, _), (.invertedSection, _):
                if let section = Section(opening: tag, in: bytes), let shown = section.shows(value, inverted: tag.kind == .invertedSection, in: bytes) {
                    // The opening line's leading spaces were copied already.
                    out.removeLast(start - section.openingLine.lowerBound)
                    if shown { fold(bytes[section.content], values: values, escape: escape, into: &out) }
                    index = section.closingLine.upperBound
                } else {
                    out.append(contentsOf: bytes[start..<tag.end])
                }
            default:
                out.append(contentsOf: bytes[start..<tag.end])
            }
        }
        out.append(contentsOf: bytes[index...])
    }

    private static func nextTagStart(in bytes: ArraySlice<UInt8>, from index: Int) -> Int? {
        var index = index
        while index + 1 < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") { return index }
            index += 1
        }
        return nil
    }

    private static func nextTagStart(in bytes: [UInt8], from index: Int) -> Int? {
        nextTagStart(in: bytes[...], from: index)
    }

    private static func changesDelimiters(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while let start = nextTagStart(in: bytes, from: index) {
            var after = start + 2
            while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
            if after < bytes.count, bytes[after] == UInt8(ascii: "=") { return true }
            index = start + 2
        }
        return false
    }

    /// A tag: its kind, name and extent.
    private struct Tag {
        enum Kind { case escaped, raw, section, invertedSection, closing, other }
        var kind: Kind
        var name: String
        var start: Int
        var end: Int

        /// The tag starting at `start` (with `{{`); nil when it is not closed.
        init?(in bytes: ArraySlice<UInt8>, at start: Int) {
            var index = start + 2
            guard index < bytes.endIndex else { return nil }
            var closing = 2
            switch bytes[index] {
            case UInt8(ascii: "{"): kind = .raw; closing = 3; index += 1
            case UInt8(ascii: "&"): kind = .raw; index += 1
            case UInt8(ascii: "#"): kind = .section; index += 1
            case UInt8(ascii: "^"): kind = .invertedSection; index += 1
            case UInt8(ascii: "/"): kind = .closing; index += 1
            case UInt8(ascii: "!"), UInt8(ascii: "%"), UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "="): kind = .other; index += 1
            default: kind = .escaped
            }
            let nameStart = index
            while index + 1 < bytes.endIndex, !(bytes[index] == UInt8(ascii: "}") && bytes[index + 1] == UInt8(ascii: "}")) { index += 1 }
            guard index + 1 < bytes.endIndex else { return nil }
            let nameEnd = index
            if closing == 3 {
                guard index + 2 < bytes.endIndex, bytes[index + 2] == UInt8(ascii: "}") else { return nil }
            }
            self.start = start
            end = index + closing
            let raw = bytes[nameStart..<nameEnd]
            let trimmed = raw.drop { $0 == UInt8(ascii: " ") }.reversed().drop { $0 == UInt8(ascii: " ") }.reversed()
            name = String(decoding: trimmed, as: UTF8.self)
            if kind != .other, !name.utf8.allSatisfy(Self.isNameByte) { kind = .other }
        }

        static func isNameByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
                return true
            default:
                return false
            }
        }
    }

    /// A section whose opening and closing tags each stand alone on their lines.
    private struct Section {
        /// The opening tag's line, its line break included.
        var openingLine: Range<Int>
        /// What stands between the two tag lines.
        var content: Range<Int>
        /// The closing tag's line, its line break included.
        var closingLine: Range<Int>

        init?(opening: Tag, in bytes: ArraySlice<UInt8>) {
            guard let openingLine = Self.standaloneLine(of: opening, in: bytes) else { return nil }
            var depth = 0
            var index = opening.end
            while let start = TemplateFolding.nextTagStart(in: bytes, from: index) {
                guard let tag = Tag(in: bytes, at: start) else { return nil }
                index = tag.end
                guard tag.name == opening.name else { continue }
                switch tag.kind {
                case .section, .invertedSection:
                    depth += 1
                case .closing where depth > 0:
                    depth -= 1
                case .closing:
                    guard let closingLine = Self.standaloneLine(of: tag, in: bytes) else { return nil }
                    self.openingLine = openingLine
                    content = openingLine.upperBound..<closingLine.lowerBound
                    self.closingLine = closingLine
                    return
                default:
                    continue
                }
            }
            return nil
        }

        /// Whether the section shows its content for `value` (nil: leave it to swift-mustache).
        func shows(_ value: Value, inverted: Bool, in bytes: ArraySlice<UInt8>) -> Bool? {
            switch value {
            case .flag(let flag):
                return flag != inverted
            case .text:
                // Over text, swift-mustache puts the text on the stack: `.` would name it.
                if !inverted, mentionsCurrentValue(in: bytes) { return nil }
                return !inverted
            }
        }

        private func mentionsCurrentValue(in bytes: ArraySlice<UInt8>) -> Bool {
            var index = content.lowerBound
            while let start = TemplateFolding.nextTagStart(in: bytes[..<content.upperBound], from: index) {
                guard let tag = Tag(in: bytes[..<content.upperBound], at: start) else { return true }
                if tag.kind != .other, tag.name.hasPrefix(".") || tag.name.isEmpty { return true }
                if tag.kind == .other, bytes[tag.start + 2] != UInt8(ascii: "!") { return true }
                index = tag.end
            }
            return false
        }

        /// The line of `tag` with its line break, when nothing but spaces and tabs shares it.
        private static func standaloneLine(of tag: Tag, in bytes: ArraySlice<UInt8>) -> Range<Int>? {
            var lineStart = tag.start
            while lineStart > bytes.startIndex, bytes[lineStart - 1] != UInt8(ascii: "\n") {
                guard bytes[lineStart - 1] == UInt8(ascii: " ") || bytes[lineStart - 1] == UInt8(ascii: "\t") else { return nil }
                lineStart -= 1
            }
            var lineEnd = tag.end
            while lineEnd < bytes.endIndex, bytes[lineEnd] == UInt8(ascii: " ") || bytes[lineEnd] == UInt8(ascii: "\t") { lineEnd += 1 }
            if lineEnd == bytes.endIndex { return lineStart..<lineEnd }
            if bytes[lineEnd] == UInt8(ascii: "\n") { return lineStart..<lineEnd + 1 }
            if bytes[lineEnd] == UInt8(ascii: "\r"), lineEnd + 1 < bytes.endIndex, bytes[lineEnd + 1] == UInt8(ascii: "\n") { return lineStart..<lineEnd + 2 }
            return nil
        }
    }
}
