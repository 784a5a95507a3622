/// How Markdown is rendered.
struct MarkdownOptions: Sendable, Equatable {
    /// Emit raw HTML written in the Markdown (off by default: it is replaced by a comment).
    var allowRawHTML: Bool
    /// Curly quotes, dashes and ellipses from straight punctuation.
    var smartPunctuation: Bool

    /// Creates options; the defaults are the safe ones.
    init(allowRawHTML: Bool = false, smartPunctuation: Bool = true) {
        self.allowRawHTML = allowRawHTML
        self.smartPunctuation = smartPunctuation
    }
}
