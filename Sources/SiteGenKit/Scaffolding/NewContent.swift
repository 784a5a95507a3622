/// A content file for `sitegen new` to write: its kind, its title and the options that shape it.
///
/// Hand it to ``ContentScaffolder/write(_:)``, which checks it against the site and writes the file.
public struct NewContent: Sendable {
    /// The kinds of content `sitegen new` writes, named as on the command line.
    public enum Kind: String, CaseIterable, Sendable {
        /// A news item or notice, `Content/announcements/<date>-<slug>.md`.
        case announcement
        /// A free page, `Content/pages/<slug>.md`.
        case page
        /// A member of the alliance, `Content/members/<id>.md`.
        case member
        /// An initiative, `Content/initiatives/<slug>.md`.
        case initiative
        /// An annual report, `Content/reports/<year>.md`.
        case report
    }

    /// What to write.
    public var kind: Kind
    /// The title; a member's full name; a report's year (`2025`).
    public var title: String
    /// The slug, instead of the one made from the title (announcements, pages, initiatives).
    public var slug: String?
    /// The member's id, required for members (`zibo-tech`).
    public var memberID: String?
    /// The member's type (`技工院校` or `technical-school`), instead of the one told from its name.
    public var memberType: String?
    /// The member's province-level region (`山东`), instead of the one told from its name or the other members.
    public var region: String?
    /// Whether the announcement is a draft (`draft: true`).
    public var isDraft: Bool
    /// The date as `YYYY-MM-DD`, instead of today in the site's time zone (announcements,
    /// members' `joined`, initiatives' `start` year).
    public var date: String?

    /// Content of `kind` titled `title`, with no other option set.
    public init(kind: Kind, title: String) {
        self.kind = kind
        self.title = title
        isDraft = false
    }
}
