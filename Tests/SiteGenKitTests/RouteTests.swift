import Testing
@testable import SiteGenKit

@Suite struct RouteTests {
    @Test func hrefsAreRelativeBetweenPages() {
        let article = Routes.announcement(slug: "congress")
        #expect(Route.home.href(from: article) == "../../index.html")
        #expect(Routes.announcement(slug: "other").href(from: article) == "../other/index.html")
        #expect(article.href(from: article) == "index.html")
        #expect(Routes.page(slug: "about").href(from: .home) == "about/index.html")
        #expect(Routes.file("2025/a.pdf").href(from: Routes.announcementList(page: 3)) == "../../../files/2025/a.pdf")
        #expect(Routes.asset("style.css").href(from: Routes.notFound) == "assets/style.css")
    }

    @Test func chineseSegmentsArePercentEncodedInHrefs() {
        let href = Routes.tag(slug: "联盟大会").href(from: Routes.announcement(slug: "x"))
        #expect(href == "../../tags/%E8%81%94%E7%9B%9F%E5%A4%A7%E4%BC%9A/index.html")
    }

    @Test func hrefsFoundOnEncodedPathsAreThoseFoundOnThePaths() {
        let routes = [
            Route.home, Routes.announcement(slug: "congress"), Routes.announcement(slug: "师资"), Routes.announcement(slug: "师范"),
            Routes.announcementList(page: 3), Routes.tag(slug: "联盟大会"), Routes.tag(slug: "联盟大会", page: 2), Routes.tag(slug: "联盟"),
            Routes.file("2025/a b%.pdf"), Routes.file("2025/表.pdf"), Routes.page(slug: "about"), Routes.asset("style.css"), Routes.notFound,
        ]
        for origin in routes {
            for target in routes {
                var bytes: [UInt8] = []
                let originPath = Array(origin.percentEncodedPath.utf8)
                let targetPath = Array(target.percentEncodedPath.utf8)
                originPath.withUnsafeBufferPointer { from in
                    targetPath.withUnsafeBufferPointer { Route.appendHref(fromEncoded: from, toEncoded: $0, to: &bytes) }
                }
                #expect(String(decoding: bytes, as: UTF8.self) == target.href(from: origin), "\(origin) → \(target)")
            }
        }
    }

    @Test func rootPrefixAndPrettyPaths() {
        #expect(Route.home.rootPrefix == "")
        #expect(Routes.announcementList(page: 2).rootPrefix == "../../../")
        #expect(Routes.announcement(slug: "a").prettyPath == "announcements/a/")
        #expect(Route.home.prettyPath == "")
        #expect(Routes.announcement(slug: "师资").absoluteURL(base: "https://example.org/sub/") == "https://example.org/sub/announcements/%E5%B8%88%E8%B5%84/")
    }

    @Test func pathNormalisationRefusesToClimbOut() {
        #expect(Path.normalize("announcements/../pages/join.md") == "pages/join.md")
        #expect(Path.normalize("../x") == nil)
        #expect(Path.normalize("./a//b/") == "a/b")
    }
}

@Suite struct PaginationTests {
    @Test func windowShowsEndsAndNeighbours() {
        #expect(Pagination.window(current: 1, total: 1) == [1])
        #expect(Pagination.window(current: 1, total: 3) == [1, 2, 3])
        #expect(Pagination.window(current: 250, total: 500) == [1, 248, 249, 250, 251, 252, 500])
        #expect(Pagination.window(current: 500, total: 500) == [1, 498, 499, 500])
        #expect(Pagination.pageCount(0, perPage: 10) == 1)
        #expect(Pagination.pageCount(21, perPage: 10) == 3)
    }

    @Test func tagPagesArePaginatedWithAGappedPager() async throws {
        var files = ["Content/site.yaml": TestSupport.minimalSiteYAML + "base_url: https://example.org/\nper_page: 1\n"]
        for day in 1...9 {
            files["Content/announcements/2025-01-0\(day)-n\(day).md"] = "---\ntitle: 第\(day)篇\ndate: 2025-01-0\(day)\ntags: [竞赛]\n---\n正文。\n"
        }
        let (result, fileSystem) = try await TestSupport.buildInMemory(files)
        #expect(result.errorCount == 0)
        let fifth = try #require(fileSystem.text(at: "Output/tags/竞赛/page/5/index.html"))
        #expect(fifth.contains("第5篇"))
        #expect(fifth.contains("<span class=\"page-current\" aria-current=\"page\">5</span>"))
        #expect(fifth.components(separatedBy: "<span class=\"page-gap\">…</span>").count == 3)
        #expect(fifth.contains("href=\"../4/index.html\" rel=\"prev\""))
        #expect(fileSystem.text(at: "Output/tags/竞赛/page/9/index.html") != nil)
        #expect(fileSystem.text(at: "Output/tags/竞赛/page/10/index.html") == nil)
    }
}

/// The byte-level path helpers give what the earlier component-splitting versions gave.
@Suite struct PathEquivalenceTests {
    private static let paths = [
        "", "/", "index.html", "a/index.html", "announcements/abc/index.html", "announcements/abd/index.html",
        "announcements/page/2/index.html", "tags/竞赛/page/5/index.html", "tags/竞赛/index.html", "files/2025/a b.pdf",
        "ab/index.html", "a/x.html", "a/b", "a/b/index.html", "members/zibo-tech/index.html", "assets/style.css",
        "archive/2025/index.html", "a//b/", "x/", "README.MD", "files/报名表.DOCX", "x.Ürl", ".hidden", "a/.b",
    ]

    private static func oldHref(_ to: String, from origin: String) -> String {
        let from = origin.utf8.split(separator: UInt8(ascii: "/")).dropLast()
        let target = to.utf8.split(separator: UInt8(ascii: "/"))
        var common = 0
        while common < from.count, common < target.count - 1, from[common].elementsEqual(target[common]) { common += 1 }
        var result = ""
        for _ in common..<from.count { result += "../" }
        for index in common..<target.count {
            if index > common { result += "/" }
            result += Escaping.percentEncodePathSegment(String(Substring(target[index])))
        }
        return result
    }

    @Test func hrefMatchesTheComponentAlgorithm() {
        let routes = Self.paths.filter { !$0.isEmpty && !$0.hasSuffix("/") && !$0.contains("//") }
        for origin in routes {
            for target in routes {
                #expect(Route(file: target).href(from: Route(file: origin)) == Self.oldHref(target, from: origin), "\(origin) → \(target)")
            }
        }
    }

    @Test func pathHelpersMatchTheirDefinitions() {
        for path in Self.paths {
            #expect(Path.lastComponent(path) == (path.split(separator: "/").last.map(String.init) ?? path), "\(path)")
            #expect(Path.directory(of: path) == (path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""), "\(path)")
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let ext = name.lastIndex(of: ".").flatMap { $0 == name.startIndex ? nil : name[name.index(after: $0)...].lowercased() } ?? ""
            #expect(Path.fileExtension(path) == ext, "\(path)")
        }
        #expect(Path.join("a/", "/b", "", "c") == "a/b/c")
        #expect(Path.join("", "x") == "x")
        #expect(Path.normalize("a/./b/../c") == "a/c")
        #expect(Path.normalize("../a") == nil)
        #expect(Path.normalize("中文/../文件.md") == "文件.md")
    }
}

@Suite struct LinkResolutionTests {
    @Test func theSameDestinationResolvesByTheFolderItIsWrittenIn() async throws {
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": TestSupport.minimalSiteYAML,
            "Content/pages/join.md": "---\ntitle: 入会\n---\n正文。\n",
            "Content/pages/about.md": "---\ntitle: 简介\n---\n见[入会](join.md)。\n",
            "Content/announcements/a.md": "---\ntitle: 通知\ndate: 2025-01-01\n---\n见[入会](join.md)与[入会](../pages/join.md)。\n",
        ])
        #expect(result.diagnostics.map(\.description) == [
            "Content/announcements/a.md:5:2: error: link \"join.md\" points to announcements/join.md, which does not exist",
        ])
        #expect(fileSystem.text(at: "Output/about/index.html") == nil, "a failed build writes nothing")
        let plan = SitePlanner().plan(try #require(await ContentLoader(layout: SiteLayout(), fileSystem: fileSystem, markdown: CmarkConverter()).load(diagnostics: DiagnosticBag())), assets: [], diagnostics: DiagnosticBag())
        let resolver = LinkResolver(plan: plan)
        #expect(resolver.resolve("join.md", writtenIn: "pages/about.md") == .route(Route(pageAt: "join"), suffix: ""))
        if case .broken = resolver.resolve("join.md", writtenIn: "announcements/a.md") {} else { Issue.record("join.md from announcements/ must be broken") }
        #expect(resolver.resolve("join.md", writtenIn: "pages/other.md") == .route(Route(pageAt: "join"), suffix: ""))
        #expect(resolver.resolve("/join/", writtenIn: nil) == .route(Route(pageAt: "join"), suffix: ""))
    }
}
