import Foundation

/// Field names as small numbers, the same for every model: a template's expression looks its
/// name up here once, and a model then finds the field by that number in an array rather than
/// by hashing the name on every page (see `TemplateFields.shapeValue(ofField:of:)`).
final class TemplateFieldNumbers: @unchecked Sendable {
    /// The numbers of the whole process.
    static let shared = TemplateFieldNumbers()

    private let lock = NSLock()
    private var numbers: [String: Int] = [:]

    /// The number of `name`, which is numbered next if it is new.
    func number(of name: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let number = numbers[name] { return number }
        let number = numbers.count
        numbers[name] = number
        return number
    }
}
