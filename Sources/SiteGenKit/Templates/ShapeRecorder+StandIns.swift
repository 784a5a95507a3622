import Mustache

/// What swift-mustache gets in place of an object: its fields' stand-ins.
struct RecordedObject: MustacheParent, CustomStringConvertible {
    let recorder: ShapeRecorder
    let expression: Int

    func child(named name: String) -> Any? {
        recorder.child(of: expression, named: name)
    }

    /// `{{.}}` over an object shows its description, which a stand-in cannot copy.
    var description: String {
        recorder.fail()
        return ""
    }
}

/// What swift-mustache gets in place of a ``TemplateText``: it shows as a marker, and looks
/// names up and transforms as the text does.
struct RecordedText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let recorder: ShapeRecorder
    let expression: Int

    var renderText: String { ShapedOutput.marker(expression) }
    var isNull: Bool { false }
    func child(named name: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { recorder.transform(of: expression, named: name) }
}

/// What swift-mustache gets in place of a ``LazyHTML``: it shows as a marker. A section over it
/// looks names up in the value's own fields (through `Mirror`), which the stand-in reports.
struct RecordedHTML: MustacheCustomRenderable, MustacheParent {
    let recorder: ShapeRecorder
    let expression: Int

    var renderText: String { ShapedOutput.marker(expression) }
    var isNull: Bool { false }

    func child(named name: String) -> Any? {
        if Self.fieldNames.contains(name) { recorder.fail() }
        return nil
    }

    private static let fieldNames = Set(Mirror(reflecting: LazyHTML { "" }).children.compactMap(\.label))
}
