extension LinkResolver {
    /// Where the links of `body` lead, as one number: it changes whenever one of them resolves
    /// differently (a page's key folds it in, see `PageInputKeys`).
    func linksKey(of body: MarkdownSource) -> UInt64 {
        var hash = StableHash()
        hash.combine(UInt64(body.links.count))
        for link in body.links {
            Self.combine(resolve(link.destination, writtenIn: body.contentPath), into: &hash)
        }
        return hash.value
    }

    /// Adds `resolution` to `hash`.
    static func combine(_ resolution: Resolution, into hash: inout StableHash) {
        switch resolution {
        case .unchanged:
            hash.combine(1)
        case let .route(route, suffix):
            hash.combine(2)
            hash.combine(route.path)
            hash.combine(suffix)
        case .broken:
            hash.combine(3)
        case .unsafe:
            hash.combine(4)
        }
    }
}
