/// Decodes an initiative's front matter.
struct InitiativeDecoder: Sendable {
    func decode(_ file: MarkdownFileReader.ReadFile, fileName: String) -> Initiative? {
        let yaml = file.frontMatter
        let diagnostics = yaml.diagnostics
        let title = yaml.string("title", required: true)
        var status: Initiative.Status?
        if let written = yaml.string("status", required: true) {
            status = Initiative.Status(written: written)
            if status == nil {
                diagnostics.error(
                    at: yaml.location(of: "status"),
                    "'status' \"\(written)\" is not one of: \(Initiative.Status.spellings.joined(separator: ", "))",
                    hint: Suggestions.hint(for: written, in: Initiative.Status.spellings)
                )
            }
        }
        let start = yaml.yearOrDate("start", required: true)
        let end = yaml.yearOrDate("end")
        if let start, let end, end.year < start.year {
            diagnostics.error(at: yaml.location(of: "end"), "'end' (\(end.text)) is before 'start' (\(start.text))", hint: "check the years; an initiative ends in or after the year it starts")
        }
        let summary = yaml.string("summary")
        let slug = SlugField.read(yaml, fileName: fileName, diagnostics: diagnostics)
        let lead = yaml.stringList("lead").map { Reference(id: $0.text, location: $0.location) }
        let partners = yaml.stringList("partners").map { Reference(id: $0.text, location: $0.location) }
        var targets: [Initiative.Target] = []
        var keys = Set<String>()
        for object in yaml.objectList("targets", what: "a target") {
            guard let target = decodeTarget(object) else { continue }
            if let key = target.key, !keys.insert(key).inserted {
                diagnostics.error(at: object.location(of: "key"), "target key '\(key)' is used twice", hint: "each target needs its own key")
            }
            targets.append(target)
        }
        let targetKeys = targets.compactMap(\.key)
        let progress = yaml.objectList("progress", what: "a progress entry").compactMap { decodeProgress($0, targetKeys: targetKeys, period: start.map { ($0.year, end?.year) }) }
        yaml.reportUnknownKeys()
        guard let title, let status, let start, let slug else { return nil }
        return Initiative(
            slug: slug, title: title, status: status, startYear: start.year, start: start.text, endYear: end?.year,
            end: end?.text, summary: summary, lead: lead, partners: partners, targets: targets,
            progress: progress.sorted { $0.year < $1.year }, body: file.body, location: yaml.keyLocation(of: "title")
        )
    }

    private func decodeTarget(_ yaml: YAMLObject) -> Initiative.Target? {
        let key = yaml.string("key")
        if let key, !MemberDecoder.isValidID(key) {
            yaml.diagnostics.error(at: yaml.location(of: "key"), "target key \"\(key)\" must use only lowercase ASCII letters, digits and '-'", hint: "progress entries name targets by this key, e.g. contests")
        }
        let label = yaml.string("label", required: true)
        let value = yaml.number("value", required: true)
        let unit = yaml.string("unit")
        var perYear = false
        if let per = yaml.string("per") {
            if per == "year" || per == "年" {
                perYear = true
            } else {
                yaml.diagnostics.error(at: yaml.location(of: "per"), "'per' can only be 'year', got \"\(per)\"", hint: "leave 'per' out for a target over the whole period")
            }
        }
        yaml.reportUnknownKeys()
        guard let label, let value else { return nil }
        return Initiative.Target(key: key, label: label, value: value, unit: unit, perYear: perYear)
    }

    private func decodeProgress(_ yaml: YAMLObject, targetKeys: [String], period: (start: Int, end: Int?)?) -> Initiative.Progress? {
        let year = yaml.int("year", in: 1900...2200, required: true)
        if let year, let period, year < period.start || (period.end.map { year > $0 } ?? false) {
            yaml.diagnostics.warning(at: yaml.location(of: "year"), "progress for \(year) lies outside the initiative's period")
        }
        let note = yaml.string("note")
        var achieved: [String: Double] = [:]
        if let object = yaml.object("achieved") {
            for key in object.keys {
                guard targetKeys.contains(key) else {
                    yaml.diagnostics.error(
                        at: object.keyLocation(of: key),
                        "'achieved' names the target '\(key)', which this initiative does not have",
                        hint: Suggestions.hint(for: key, in: targetKeys) ?? (targetKeys.isEmpty ? "give the targets keys with 'key:'" : "target keys: " + targetKeys.joined(separator: ", "))
                    )
                    _ = object.raw(key)
                    continue
                }
                if let value = object.number(key) { achieved[key] = value }
            }
            object.reportUnknownKeys()
        }
        yaml.reportUnknownKeys()
        guard let year else { return nil }
        return Initiative.Progress(year: year, note: note, achieved: achieved)
    }
}
