import Foundation

/// Loads the member manifest: `Content/members.yaml` (a list) and/or one file per member under
/// `Content/members/` (`<id>.md` with the profile as its body, or `<id>.yaml`).
struct MemberLoader: Sendable {
    let layout: SiteLayout
    let fileSystem: any FileSystem
    let reader: MarkdownFileReader
    let decoder: MemberDecoder
    let diagnostics: DiagnosticBag

    /// The members that loaded, and the ids of entries that failed to.
    func load() -> (members: [Member], unloadedIDs: Set<MemberID>) {
        var members: [Member] = []
        var unloadedIDs = Set<MemberID>()
        func attempt(_ object: YAMLObject, contentPath: String, defaultID: String? = nil, body: MarkdownSource? = nil) {
            if let member = decoder.decode(object, contentPath: contentPath, defaultID: defaultID, body: body) {
                members.append(member)
            } else if let id = object.value.pairs?.first(where: { $0.key.scalarText == "id" })?.value.scalarText ?? defaultID {
                unloadedIDs.insert(MemberID(id))
            }
        }
        let manifest = Path.join(layout.contentDirectory, "members.yaml")
        if fileSystem.itemKind(at: manifest) == .file,
           let text = TextFileReader(fileSystem: fileSystem, diagnostics: diagnostics, maximumBytes: reader.maximumBytes).read(manifest),
           let root = YAMLSource(path: manifest).compose(text, diagnostics: diagnostics) {
            if let elements = root.elements {
                for element in elements {
                    guard let object = YAMLObject(element, what: "a member", diagnostics: diagnostics) else { continue }
                    attempt(object, contentPath: "members.yaml")
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
                guard let read = reader.read(path, contentPath: contentPath) else {
                    unloadedIDs.insert(MemberID(defaultID))
                    continue
                }
                let body = read.body.text.trimmingWhitespace().isEmpty ? nil : read.body
                attempt(read.frontMatter, contentPath: contentPath, defaultID: defaultID, body: body)
            case "yaml", "yml":
                guard let text = TextFileReader(fileSystem: fileSystem, diagnostics: diagnostics, maximumBytes: reader.maximumBytes).read(path),
                      let root = YAMLSource(path: path).compose(text, diagnostics: diagnostics),
                      let object = YAMLObject(root, what: "a member", diagnostics: diagnostics) else {
                    unloadedIDs.insert(MemberID(defaultID))
                    continue
                }
                attempt(object, contentPath: contentPath, defaultID: defaultID)
            default:
                diagnostics.warning(at: SourceLocation(path: path), "file is not a member (.md or .yaml) and is ignored")
            }
        }
        var firstByID: [MemberID: Member] = [:]
        var unique: [Member] = []
        for member in members {
            if let earlier = firstByID[member.id] {
                diagnostics.error(at: member.location, "member id '\(member.id)' is already used at \(earlier.location)", hint: "every member needs its own id")
                continue
            }
            firstByID[member.id] = member
            unique.append(member)
        }
        return (unique.sorted { $0.id < $1.id }, unloadedIDs)
    }
}
