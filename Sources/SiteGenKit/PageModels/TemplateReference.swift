/// The template reference in the README, generated from the page models so that it cannot drift
/// from what templates really get (`TemplateReferenceTests` compares the two).
enum TemplateReference {
    /// Each page template with the model of its own values, in the order the README lists them.
    /// (Never changed after it is made; metatypes hold no state.)
    nonisolated(unsafe) static let pages: [(template: String, model: any TemplateModel.Type)] = [
        ("home", HomePageModel.self),
        ("announcement-list", AnnouncementListPageModel.self),
        ("announcement", AnnouncementPageModel.self),
        ("tag-index", TagIndexPageModel.self),
        ("tag", TagPageModel.self),
        ("archive-index", ArchiveIndexPageModel.self),
        ("archive", ArchivePageModel.self),
        ("page", FreePageModel.self),
        ("404", NotFoundPageModel.self),
        ("search", SearchPageModel.self),
        ("members", MemberDirectoryPageModel.self),
        ("members-by-region", MemberRegionsPageModel.self),
        ("council", CouncilPageModel.self),
        ("former-members", FormerMembersPageModel.self),
        ("member", MemberPageModel.self),
        ("initiatives", InitiativesPageModel.self),
        ("initiative", InitiativePageModel.self),
        ("reports", ReportsPageModel.self),
        ("report", ReportPageModel.self),
    ]

    /// The reference as Markdown: the values of every page, each template's own values, then
    /// each kind of nested value once.
    static func markdown() -> String {
        var nested: [any TemplateModel.Type] = []
        var seen: Set<String> = []
        func table(_ model: any TemplateModel.Type) -> String {
            var out = "| value | holds | |\n|---|---|---|\n"
            for field in model.referenceFields {
                out += "| `\(field.name)` | \(describe(field.type, nested: &nested, seen: &seen)) | \(field.summary) |\n"
            }
            return out
        }
        var out = "Every page has:\n\n" + table(CommonPageModel.self)
        for (template, model) in pages {
            out += "\n`\(template)` adds:\n\n" + table(model)
        }
        var index = 0
        while index < nested.count {
            let model = nested[index]
            out += "\n<a id=\"values-\(anchor(model.modelName))\"></a>*\(model.modelName)*:\n\n" + table(model)
            index += 1
        }
        return out
    }

    private static func describe(_ type: TemplateFieldType, nested: inout [any TemplateModel.Type], seen: inout Set<String>) -> String {
        func link(_ model: any TemplateModel.Type) -> String {
            if seen.insert(model.modelName).inserted { nested.append(model) }
            return "[\(model.modelName)](#values-\(anchor(model.modelName)))"
        }
        switch type {
        case .text: return "text"
        case .number: return "number"
        case .flag: return "true/false"
        case .html: return "HTML"
        case .texts: return "list of texts"
        case .object(let model): return link(model)
        case .list(let model): return "list of " + link(model)
        }
    }

    private static func anchor(_ name: String) -> String {
        String(name.map { $0 == " " ? "-" : $0 })
    }
}

extension TemplateModel {
    /// The fields as the reference lists them.
    static var referenceFields: [(name: String, type: TemplateFieldType, summary: String)] {
        fields.all.map { ($0.name, $0.type, $0.summary) }
    }
}
