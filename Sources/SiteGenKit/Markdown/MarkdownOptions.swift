/// How Markdown is rendered.
public struct MarkdownOptions: Sendable, Equatable {
    /// Emit raw HTML written in the Markdown (off by default: it is replaced by a comment).
    public var allowRawHTML: Bool
    /// Curly quotes, dashes and ellipses from straight punctuation.
    public var smartPunctuation: Bool

    /// Creates options; the defaults are the safe ones.
    public init(allowRawHTML: Bool = false, smartPunctuation: Bool = true) {
        self.allowRawHTML = allowRawHTML
        self.smartPunctuation = smartPunctuation
    }
}
