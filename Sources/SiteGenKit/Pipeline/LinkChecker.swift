import Foundation

/// Checks every link editors wrote — in Markdown bodies and the navigation — before anything is
/// rendered, so that each broken one is reported with its location.
struct LinkChecker {
    let site: Site
    let plan: SitePlan
    let diagnostics: DiagnosticBag

    func check() {
        let resolver = LinkResolver(plan: plan)
        for item in site.config.navigation {
            if case let .broken(message, hint) = resolver.resolve(item.link, writtenIn: nil) {
                diagnostics.error(at: item.location, message, hint: hint)
            }
        }
        let bodies = site.announcements.map(\.body) + site.pages.map(\.body)
        for body in bodies {
            for link in body.links {
                if case let .broken(message, hint) = resolver.resolve(link.destination, writtenIn: body.contentPath) {
                    let what = link.isImage ? message.replacingOccurrences(of: "link ", with: "image ") : message
                    diagnostics.error(at: body.location(of: link), what, hint: hint)
                }
            }
        }
    }
}
