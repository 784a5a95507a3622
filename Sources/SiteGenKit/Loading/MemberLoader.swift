import Foundation

/// Loads the member manifest: `Content/members.yaml` (a list) and/or one file per member under
/// `Content/members/` (`<id>.md` with the profile as its body, or `<id>.yaml`).
struct MemberLoader: Sendable {
    let layout: SiteLayout
    let fileSystem: any FileSystem
    let reader: MarkdownFileReader
    let decoder: MemberDecoder
    let diagnostics: DiagnosticBag

    func load() -> [Member] {
        var members: [Member] = []
        let manifest = Path.join(layout.contentDirectory, "members.yaml")
        if fileSystem.itemKind(at: manifest) == .file,
           let text = TextFileReader(fileSystem: fileSystem, diagnostics: diagnostics, maximumBytes: reader.maximumBytes).read(manifest),
           let root = YAMLSource(path: manifest).compose(text, diagnostics: diagnostics) {
            if let elements = root.elements {
                for element in elements {
                    guard let object = YAMLObject(element, what: "a member", diagnostics: diagnostics) else { continue }
                    if let member = decoder.decode(object, contentPath: "members.yaml") { members.append(member) }
                }
            } else if !root.isNull, root.pairs?.isEmpty != true {
                diagnostics.error(at: root.location, "members.yaml must be a list of members, each starting with '- id: …'", hint: "see the README for the member fields")
            }
        }
        let folder = Path.join(layout.contentDirectory, "members")
        let files = ((try? fileSystem.files(under: folder)) ?? []).filter { !Path.lastComponent($0).hasPrefix(".") }
        for file in files {
            let path = Path.join(folder, file)
            let contentPath = Path.join("members", file)
            let defaultID = Path.stem(file)
            switch Path.fileExtension(file) {
            case "md":
                guard let read = reader.read(path, contentPath: contentPath) else { continue }
                let body = read.body.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : read.body
                if let member = decoder.decode(read.frontMatter, contentPath: contentPath, defaultID: defaultID, body: body) { members.append(member) }
            case "yaml", "yml":
                guard let text = TextFileReader(fileSystem: fileSystem, diagnostics: diagnostics, maximumBytes: reader.maximumBytes).read(path),
                      let root = YAMLSource(path: path).compose(text, diagnostics: diagnostics),
                      let object = YAMLObject(root, what: "a member", diagnostics: diagnostics) else { continue }
                if let member = decoder.decode(object, contentPath: contentPath, defaultID: defaultID) { members.append(member) }
            default:
                diagnostics.warning(at: SourceLocation(path: path), "file is not a member (.md or .yaml) and is ignored")
            }
        }
        var firstByID: [String: Member] = [:]
        var unique: [Member] = []
        for member in members {
            if let earlier = firstByID[member.id] {
                diagnostics.error(at: member.location, "member id '\(member.id)' is already used at \(earlier.location)", hint: "every member needs its own id")
                continue
            }
            firstByID[member.id] = member
            unique.append(member)
        }
        return unique.sorted { $0.id < $1.id }
    }
}
