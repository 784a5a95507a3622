/// A deterministic random number generator (SplitMix64): the same seed gives the same corpus
/// on every machine and run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    /// A generator started from `seed`.
    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A whole number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// An element of `array`, which must not be empty.
    mutating func pick<T>(_ array: [T]) -> T {
        array[Int.random(in: 0..<array.count, using: &self)]
    }

    /// True with probability `chance`.
    mutating func chance(_ chance: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < chance
    }

    /// An index in `0..<count` drawn with Zipf-like weights (1/(k+1)^s): a few very common, a
    /// long tail of rare ones.
    mutating func zipf(_ count: Int, exponent: Double = 1.1) -> Int {
        var weights: [Double] = []
        var total = 0.0
        for rank in 0..<count {
            let weight = 1 / pow(Double(rank + 1), exponent)
            weights.append(weight)
            total += weight
        }
        var target = Double.random(in: 0..<total, using: &self)
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return count - 1
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
