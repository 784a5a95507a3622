/// A heading of a Markdown document and the anchor it can be linked to with `#id`.
///
/// The id is written by the editor as a trailing `{#id}` (`## 历史 {#history}`), or made from the
/// heading's text (`## 第一章 总则` → `第一章-总则`); repeats get `-2`, `-3`.
public struct MarkdownHeading: Sendable, Equatable {
    /// 1 to 6.
    public var level: Int
    /// The anchor id.
    public var id: String
    /// The heading as plain text, without any `{#id}`.
    public var text: String

    /// Creates a heading record.
    public init(level: Int, id: String, text: String) {
        self.level = level
        self.id = id
        self.text = text
    }
}
