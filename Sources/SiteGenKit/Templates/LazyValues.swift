import Mustache

/// Template values computed only when a template looks one up: for values every page offers
/// but few pages show (most of `site`), so that a page does not build what it never prints.
final class LazyValues: MustacheParent, @unchecked Sendable {
    private let value: (String) -> Any?

    /// Values given by `value(name)`; nil means there is no such value.
    init(_ value: @escaping (String) -> Any?) {
        self.value = value
    }

    func child(named name: String) -> Any? { value(name) }
}
