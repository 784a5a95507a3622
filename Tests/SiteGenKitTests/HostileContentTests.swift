import Foundation
import Testing
@testable import SiteGenKit

/// Hostile content — pasted from a hacked page or written by a malicious contributor — must not
/// put executable markup anywhere in the output.
@Suite struct HostileContentTests {
    static let payload = #""><script>alert(1)</script><img src=x onerror=alert(2)>"#

    @Test func noExecutableMarkupReachesAnyOutputFile() async throws {
        let p = Self.payload.replacingOccurrences(of: "\"", with: "\\\"")
        let (result, fileSystem) = try await TestSupport.buildInMemory([
            "Content/site.yaml": """
                title: "站点\(p)"
                description: "描述\(p)"
                base_url: https://example.org/
                alliance:
                  name: "联盟\(p)"
                  secretariat: { email: "x@example.org\(p)", address: "地址\(p)" }
                nav:
                  - { title: "导航\(p)", link: "/announcements/" }
                footer: ["备案\(p)"]
                """,
            "Content/members.yaml": """
                - id: evil
                  name: "成员\(p)"
                  type: 企业
                  region: 上海
                  joined: 2024-01-01
                  summary: "简介\(p)"
                  profile: |
                    <script>alert(3)</script>
                    [点我](javascript:alert(4)) [又一个](JaVaScRiPt:alert(5)) [还有](java\tscript:alert(6))
                    ![图](data:text/html;base64,PHNjcmlwdD4=)
                    <a href="#" onclick="alert(7)">raw</a>
                """,
            "Content/announcements/2024-01-01-evil.md": """
                ---
                title: "标题\(p)"
                date: 2024-01-01
                summary: "摘要\(p)"
                tags: ["标签\(p)"]
                author: "作者\(p)"
                source: { name: "来源\(p)", url: "javascript:alert(8)" }
                members: [evil]
                ---
                正文<script>alert(9)</script><iframe src="https://evil.example"></iframe>

                [链接](javascript:alert(10)) [vb](vbscript:msgbox) [file](file:///etc/passwd)

                <div onmouseover="alert(11)">悬停</div>
                """,
            "Content/pages/about.md": "---\ntitle: \"关于\(p)\"\nsummary: \"概述\(p)\"\n---\n<style>body{display:none}</style>正文。\n",
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let outputs = fileSystem.allPaths.filter { $0.hasPrefix("Output/") && !$0.hasPrefix("Output/assets/") }
        #expect(outputs.count > 15)
        for path in outputs {
            let text = TestSupport.withoutThemeScript(try #require(fileSystem.text(at: path))).lowercased()
            #expect(!text.contains("<script"), "\(path) contains <script")
            #expect(!text.contains("<iframe"), "\(path) contains <iframe")
            #expect(!text.contains("<style"), "\(path) contains <style")
            #expect(!text.contains("<img src=x"), "\(path) contains an injected img")
            #expect(!text.contains("javascript:"), "\(path) contains javascript:")
            #expect(!text.contains("vbscript:"), "\(path) contains vbscript:")
            #expect(!text.contains("data:text/html"), "\(path) contains a data: URL")
            let events = Self.attributeNames(in: text).filter { $0.hasPrefix("on") }
            #expect(events.isEmpty, "\(path) has event attributes \(events)")
        }
        // The scanner itself finds event attributes, quoted or not, and skips quoted values.
        #expect(Self.attributeNames(in: #"<div class="a onclick=x" onmouseover='y'><img src=x onerror=z>"#) == ["class", "onmouseover", "src", "onerror"])
        let page = try #require(fileSystem.text(at: "Output/announcements/evil/index.html"))
        #expect(page.contains("标题&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    /// The names of all attributes of all tags in `html`, honouring quoted values.
    static func attributeNames(in html: String) -> [String] {
        var names: [String] = []
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<", index + 1 < scalars.count, scalars[index + 1].properties.isAlphabetic else {
                index += 1
                continue
            }
            index += 1
            while index < scalars.count, !scalars[index].properties.isWhitespace, scalars[index] != ">" { index += 1 }
            while index < scalars.count, scalars[index] != ">" {
                if scalars[index].properties.isWhitespace || scalars[index] == "/" { index += 1; continue }
                var name = ""
                while index < scalars.count, !scalars[index].properties.isWhitespace, scalars[index] != "=", scalars[index] != ">" {
                    name.unicodeScalars.append(scalars[index])
                    index += 1
                }
                if !name.isEmpty { names.append(name) }
                if index < scalars.count, scalars[index] == "=" {
                    index += 1
                    if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
                        let quote = scalars[index]
                        index += 1
                        while index < scalars.count, scalars[index] != quote { index += 1 }
                        index += 1
                    } else {
                        while index < scalars.count, !scalars[index].properties.isWhitespace, scalars[index] != ">" { index += 1 }
                    }
                }
            }
            index += 1
        }
        return names
    }
}
