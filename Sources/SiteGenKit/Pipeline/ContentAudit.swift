import Foundation

/// What `sitegen check` looks at beyond errors: summaries cut mid-sentence, images without alt
/// text, and the domains external links point to — the guard against injected spam links.
struct ContentAudit {
    let site: Site
    let diagnostics: DiagnosticBag
    /// The kinds of content, whose bodies are audited.
    var kinds: [any ContentKind] = ContentKinds.builtIn

    /// Reports its findings as warnings and returns every external domain with its link count,
    /// most linked first.
    func run() -> [(domain: String, count: Int)] {
        for announcement in site.announcements where announcement.summaryIsCutMidSentence {
            diagnostics.warning(
                at: announcement.location,
                "the automatic summary of \"\(announcement.title)\" is cut mid-sentence",
                hint: "add a 'summary:' to the front matter, or start the text with a shorter first sentence"
            )
        }
        var counts: [String: Int] = [:]
        let allowed = site.config.allowedDomains
        let bodies = kinds.bodies(in: site)
        for body in bodies {
            for link in body.links {
                if link.isImage, link.text.trimmingSpaces().isEmpty {
                    diagnostics.warning(at: body.location(of: link), "image has no alt text", hint: "describe the image for readers who cannot see it: ![描述](\(link.destination))")
                }
                guard let domain = Self.domain(of: link.destination) else { continue }
                counts[domain, default: 0] += 1
                if !allowed.isEmpty, !allowed.contains(where: { domain == $0 || domain.hasSuffix("." + $0) }) {
                    diagnostics.warning(
                        at: body.location(of: link),
                        "link to \(domain), which is not in 'allowed_domains'",
                        hint: "if the link is genuine, add \(domain) to 'allowed_domains' in site.yaml; if nobody on the team added it, the content may have been tampered with"
                    )
                }
            }
        }
        return counts.map { ($0.key, $0.value) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    }

    /// The lowercased host of an absolute http(s) or protocol-relative URL.
    static func domain(of url: String) -> String? {
        let lowered = url.trimmingSpaces().lowercased()
        var rest: Substring
        if lowered.hasPrefix("https://") { rest = lowered.dropFirst(8) }
        else if lowered.hasPrefix("http://") { rest = lowered.dropFirst(7) }
        else if lowered.hasPrefix("//") { rest = lowered.dropFirst(2) }
        else { return nil }
        if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if let colon = rest.lastIndex(of: ":"), !rest.hasPrefix("[") { rest = rest[..<colon] }
        if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
        return rest.isEmpty ? nil : String(rest)
    }
}
