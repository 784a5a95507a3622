import Foundation

/// Normalises enumeration keys written by editors: lowercased, `_` and spaces as `-`.
enum EnumKey {
    static func normalize(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: "-")
            .replacingOccurrences(of: " ", with: "-")
    }
}
