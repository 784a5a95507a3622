/// A date pattern of a ``StringsTable`` (`{year}年{month}月{day}日`), split at its placeholders
/// once: every page and list item shows a date, and filling the pattern anew each time (a
/// dictionary of values, a look-up per placeholder) cost more than the rest of the date.
struct DatePattern: Sendable {
    /// What a placeholder stands for.
    private enum Field: Sendable {
        case year, month, day
    }

    /// Text written as it is, then the field after it (nil: the end).
    private var pieces: [(text: String, field: Field?)] = []

    /// Splits `pattern`; a placeholder other than `{year}`, `{month}` and `{day}` stays as it
    /// is written, as ``StringsTable/fill(_:with:)`` leaves it.
    init(_ pattern: String) {
        var text = ""
        for piece in StringsTable.pieces(of: pattern) {
            text += piece.text
            guard let name = piece.placeholder else { continue }
            let field: Field? = switch name {
            case "year": .year
            case "month": .month
            case "day": .day
            default: nil
            }
            if let field {
                pieces.append((text, field))
                text = ""
            } else {
                text += "{\(name)}"
            }
        }
        pieces.append((text, nil))
    }

    /// `date` written in the pattern.
    func format(_ date: SiteDate) -> String {
        var result = ""
        result.reserveCapacity(32)
        for piece in pieces {
            result += piece.text
            switch piece.field {
            case .year: result += String(date.year)
            case .month: result += String(date.month)
            case .day: result += String(date.day)
            case nil: break
            }
        }
        return result
    }
}
