/// A heading of a Markdown document and the anchor it can be linked to with `#id`.
///
/// The id is written by the editor as a trailing `{#id}` (`## 历史 {#history}`), or made from the
/// heading's text (`## 第一章 总则` → `第一章-总则`); repeats get `-2`, `-3`.
struct MarkdownHeading: Sendable, Equatable {
    /// 1 to 6.
    var level: Int
    /// The anchor id.
    var id: String
    /// The heading as plain text, without any `{#id}`.
    var text: String

    /// Creates a heading record.
    init(level: Int, id: String, text: String) {
        self.level = level
        self.id = id
        self.text = text
    }
}
