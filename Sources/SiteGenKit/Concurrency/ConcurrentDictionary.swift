import Foundation

/// A dictionary that many threads read and fill at once: its entries are spread by their key's
/// hash over stripes, each with a lock of its own, so that two threads seldom wait for each
/// other (one lock made the link check and the shared chunks sleep thousands of times a build).
final class ConcurrentDictionary<Key: Hashable, Value>: @unchecked Sendable {
    /// One stripe: its lock and its entries.
    private final class Stripe {
        let lock = NSLock()
        var entries: [Key: Value] = [:]
    }

    private let stripes: [Stripe]

    /// An empty dictionary.
    init() {
        stripes = (0..<16).map { _ in Stripe() }
    }

    private func stripe(of key: Key) -> Stripe {
        stripes[key.hashValue & (stripes.count - 1)]
    }

    /// The value for `key`, if there is one.
    subscript(key: Key) -> Value? {
        get {
            let stripe = stripe(of: key)
            stripe.lock.lock()
            defer { stripe.lock.unlock() }
            return stripe.entries[key]
        }
        set {
            let stripe = stripe(of: key)
            stripe.lock.lock()
            stripe.entries[key] = newValue
            stripe.lock.unlock()
        }
    }

    /// The value for `key`, made by `make` (outside the lock) the first time it is asked for;
    /// when two threads make it at once, the first to store it wins.
    func value(for key: Key, orMake make: () -> Value) -> Value {
        let stripe = stripe(of: key)
        stripe.lock.lock()
        let cached = stripe.entries[key]
        stripe.lock.unlock()
        if let cached { return cached }
        let made = make()
        stripe.lock.lock()
        defer { stripe.lock.unlock() }
        if let first = stripe.entries[key] { return first }
        stripe.entries[key] = made
        return made
    }
}
