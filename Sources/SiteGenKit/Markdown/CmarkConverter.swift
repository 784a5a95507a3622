import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The production ``MarkdownConverter``: CommonMark through the C library libcmark.
///
/// Raw HTML is replaced by a comment and `javascript:`/`vbscript:`/`file:`/`data:` URLs are dropped
/// unless ``MarkdownOptions/allowRawHTML`` is set (cmark's own safe mode). A line break in the
/// source between two Chinese characters is removed instead of becoming a space.
struct CmarkConverter: MarkdownConverter {
    /// Creates a converter.
    init() {}

    func convert(_ markdown: String, options: MarkdownOptions) -> MarkdownDocument {
        // (A Swift string is valid UTF-8: libcmark need not check it again.)
        var flags = CMARK_OPT_SOURCEPOS
        if options.smartPunctuation { flags |= CMARK_OPT_SMART }
        if options.allowRawHTML { flags |= CMARK_OPT_UNSAFE }
        let utf8 = Array(markdown.utf8)
        guard let root = utf8.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parse_document($0, buffer.count, flags) }
            } ?? cmark_parse_document("", 0, flags)
        }) else {
            return MarkdownDocument(html: MarkdownHTML(), leadParagraph: nil, links: [])
        }
        defer { cmark_node_free(root) }

        var columns = ColumnMap(utf8: utf8)
        let markers = MarkdownMarkers(source: utf8)
        var links: [MarkdownLink] = []
        var lead: String?
        var softBreaksToRemove: [OpaquePointer] = []
        var headings: [MarkdownHeading] = []
        var headingIDs = HeadingIDs()

        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH where lead == nil:
                let text = Self.plainText(of: node)
                if !text.isEmpty { lead = text }
            case CMARK_NODE_HEADING:
                let explicitID = Self.takeExplicitID(from: node)
                let text = Self.plainText(of: node)
                let id = headingIDs.claim(explicitID ?? Slug.make(from: text))
                headings.append(MarkdownHeading(level: Int(cmark_node_get_heading_level(node)), id: id, text: text))
                if let marker = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) {
                    cmark_node_set_on_enter(marker, markers.heading(headings.count - 1))
                    cmark_node_prepend_child(node, marker)
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let line = Int(cmark_node_get_start_line(node))
                let byteColumn = Int(cmark_node_get_start_column(node))
                links.append(MarkdownLink(
                    destination: destination,
                    isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE,
                    text: Self.plainText(of: node),
                    line: line,
                    column: columns.characterColumn(line: line, byteColumn: byteColumn)
                ))
                // The destination is filled in when the page is rendered (see MarkdownHTML).
                cmark_node_set_url(node, markers.link(links.count - 1))
            case CMARK_NODE_SOFTBREAK:
                if Self.softBreakVanishes(node) { softBreaksToRemove.append(node) }
            default:
                break
            }
        }

        for node in softBreaksToRemove {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        var html = MarkdownHTML()
        if let rendered = cmark_render_html(root, flags & ~CMARK_OPT_SOURCEPOS) {
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered))
            html = markers.replace(in: bytes, headings: headings, linkCount: links.count)
            free(rendered)
        }
        return MarkdownDocument(html: html, leadParagraph: lead, links: links, headings: headings)
    }

    /// Removes a trailing `{#id}` from a heading's last text and returns the id.
    private static func takeExplicitID(from heading: OpaquePointer) -> String? {
        guard let last = cmark_node_last_child(heading), cmark_node_get_type(last) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(last).map({ String(cString: $0) }) else { return nil }
        var text = Substring(literal)
        while text.last == " " { text = text.dropLast() }
        guard text.hasSuffix("}"), let brace = text.lastIndex(of: "{"),
              text[text.index(after: brace)...].hasPrefix("#") else { return nil }
        let id = String(text[text.index(brace, offsetBy: 2)..<text.index(before: text.endIndex)])
        guard !id.isEmpty, Slug.problem(with: id) == nil, !id.utf8.contains(UInt8(ascii: " ")) else { return nil }
        var remaining = text[..<brace]
        while remaining.last == " " { remaining = remaining.dropLast() }
        cmark_node_set_literal(last, String(remaining))
        return id
    }

    /// The text of a node's inline content, soft breaks joined the way Chinese text wants;
    /// made as UTF-8 in one buffer (C0 control characters other than tab and line breaks, as
    /// `&#1;` gives, are left out: plain text is shown in summaries and descriptions).
    static func plainText(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var bytes: [UInt8] = []
        var pendingBreak = false
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                let joinsBreak = pendingBreak
                pendingBreak = false
                guard let literal = cmark_node_get_literal(child) else { continue }
                let start = bytes.count
                let length = strlen(literal)
                UnsafeRawPointer(literal).withMemoryRebound(to: UInt8.self, capacity: length) { literal in
                    for byte in UnsafeBufferPointer(start: literal, count: length) where byte >= 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                        bytes.append(byte)
                    }
                }
                // A space where the break was, unless it vanishes between the two sides.
                if joinsBreak, start > 0, bytes.count > start,
                   let left = Self.lastScalar(of: bytes[..<start]), let right = Self.firstScalar(of: bytes[start...]),
                   !CJK.breakVanishes(between: left, and: right) {
                    bytes.insert(0x20, at: start)
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                pendingBreak = true
            default:
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
    }

    /// The last scalar of valid UTF-8 `bytes`.
    private static func lastScalar(of bytes: ArraySlice<UInt8>) -> Unicode.Scalar? {
        var start = bytes.endIndex
        repeat {
            guard start > bytes.startIndex else { return nil }
            start -= 1
        } while bytes[start] & 0xC0 == 0x80
        return firstScalar(of: bytes[start...])
    }

    /// The first scalar of valid UTF-8 `bytes`.
    private static func firstScalar(of bytes: ArraySlice<UInt8>) -> Unicode.Scalar? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    private static func softBreakVanishes(_ node: OpaquePointer) -> Bool {
        guard let previous = cmark_node_previous(node), let next = cmark_node_next(node),
              let left = lastScalar(of: previous), let right = firstScalar(of: next) else { return false }
        return CJK.breakVanishes(between: left, and: right)
    }

    private static func lastScalar(of node: OpaquePointer) -> Unicode.Scalar? {
        var node = node
        while cmark_node_get_type(node) != CMARK_NODE_TEXT {
            guard let last = cmark_node_last_child(node) else { return nil }
            node = last
        }
        return cmark_node_get_literal(node).flatMap { String(cString: $0).unicodeScalars.last }
    }

    private static func firstScalar(of node: OpaquePointer) -> Unicode.Scalar? {
        var node = node
        while cmark_node_get_type(node) != CMARK_NODE_TEXT {
            guard let first = cmark_node_first_child(node) else { return nil }
            node = first
        }
        return cmark_node_get_literal(node).flatMap { String(cString: $0).unicodeScalars.first }
    }
}
