extension SitePlan {
    /// One number for everything a link can lead to — the routes of content files, every route
    /// written, old addresses, scheduled announcements and drafts, members, and the headings of
    /// `bodies` that `#fragment` links name: while it stays the same, and a body does too, checking
    /// the body's links finds what it found before (see ``LinkChecker``).
    ///
    /// Made without regard to order, since dictionaries and sets have none.
    func linkTargetsKey(bodies: [MarkdownSource]) -> UInt64 {
        linkTargetsKey(headings: bodies.map(Self.headingsKey(of:)))
    }

    /// The key of one body's headings: its content path and its headings' ids.
    static func headingsKey(of body: MarkdownSource) -> UInt64 {
        var hash = StableHash()
        hash.combine(7)
        hash.combine(body.contentPath)
        hash.combine(UInt64(body.anchors.count))
        for anchor in body.anchors { hash.combine(anchor) }
        return hash.value
    }

    /// ``linkTargetsKey(bodies:)`` from a key of each body's headings: ``headingsKey(of:)``, or
    /// another number that changes whenever that would.
    func linkTargetsKey(headings: [UInt64]) -> UInt64 {
        var sum = targetsSum ?? routeTargetsSum()
        for key in headings { sum &+= key }
        var hash = StableHash()
        hash.combine(sum)
        hash.combine(UInt64(routesByContentPath.count))
        hash.combine(UInt64(allRoutes.count))
        hash.combine(UInt64(headings.count))
        return hash.value
    }

    /// The plan's own part of ``linkTargetsKey(headings:)``: its routes, old addresses, and
    /// what is scheduled, left out or a member (a session keeps it with the plan, in ``targetsSum``).
    func routeTargetsSum() -> UInt64 {
        var sum: UInt64 = 0
        func add(_ kind: UInt64, _ first: String, _ second: String? = nil) {
            var hash = StableHash()
            hash.combine(kind)
            hash.combine(first)
            if let second { hash.combine(second) }
            sum &+= hash.value
        }
        for (contentPath, route) in routesByContentPath { add(1, contentPath, route.path) }
        for route in allRoutes { add(2, route.path) }
        for redirect in redirects { add(3, redirect.from.path, redirect.to.path) }
        for (contentPath, date) in scheduledContentPaths { add(4, contentPath, date.description) }
        for contentPath in unpublishedContentPaths { add(5, contentPath) }
        for (id, route) in memberRoutesByID { add(6, id.rawValue, route.path) }
        return sum
    }
}
