/// Finds which of many names occur in a text, in one pass over the text's UTF-8 bytes
/// (Aho–Corasick), whatever the number of names.
///
/// Where one name is part of a longer one that occurs at the same spot ("苏州技师学院" inside
/// "苏州技师学院附属技工学校"), only the longer name counts there. Matching is exact, byte for
/// byte, so a match always falls on whole characters.
struct NameMatcher: Sendable {
    /// The automaton's transitions, `stateCount × classCount`, as a flat table; the top bit
    /// of an entry says that a name ends in the state it leads to.
    private let transitions: [UInt32]
    /// Each byte's class: bytes that occur in no name share class 0.
    private let byteClass: [UInt8]
    private let classCount: Int
    /// For each state, the names that end there, longest first (a name ending here and any
    /// shorter names that are suffixes of it).
    private let outputs: [[Int32]]
    private let lengths: [Int]
    private static let endsName: UInt32 = 0x8000_0000

    /// Prepares a matcher for `names`; a match reports a name by its index in this array.
    /// Empty names never match.
    init(names: [String]) {
        var byteClass = [UInt8](repeating: 0, count: 256)
        var classCount = 1
        for name in names {
            for byte in name.utf8 where byteClass[Int(byte)] == 0 {
                // More than 255 distinct bytes cannot occur in UTF-8 text, whose bytes F8–FF never appear.
                byteClass[Int(byte)] = UInt8(truncatingIfNeeded: classCount)
                classCount += 1
            }
        }
        // The trie, with -1 for a missing edge.
        var trie: [Int32] = Array(repeating: -1, count: classCount)
        var ending: [[Int32]] = [[]]
        for (index, name) in names.enumerated() where !name.isEmpty {
            var state = 0
            for byte in name.utf8 {
                let slot = state * classCount + Int(byteClass[Int(byte)])
                if trie[slot] < 0 {
                    trie[slot] = Int32(ending.count)
                    ending.append([])
                    trie.append(contentsOf: repeatElement(-1, count: classCount))
                }
                state = Int(trie[slot])
            }
            ending[state].append(Int32(index))
        }
        // Breadth-first: failure links turn the trie into a complete automaton, and each
        // state's outputs gather those of its failure state (shorter suffixes, so longest first).
        var transitions = trie
        var outputs = ending
        var failure = [Int](repeating: 0, count: ending.count)
        var queue: [Int] = []
        for symbol in 0..<classCount {
            let next = Int(trie[symbol])
            if next < 0 {
                transitions[symbol] = 0
            } else {
                queue.append(next)
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            outputs[state] += outputs[failure[state]]
            for symbol in 0..<classCount {
                let slot = state * classCount + symbol
                let fallback = transitions[failure[state] * classCount + symbol]
                let next = Int(trie[slot])
                if next < 0 {
                    transitions[slot] = fallback
                } else {
                    failure[next] = Int(fallback)
                    queue.append(next)
                }
            }
        }
        self.transitions = transitions.map { next in UInt32(next) | (outputs[Int(next)].isEmpty ? 0 : Self.endsName) }
        self.byteClass = byteClass
        self.classCount = classCount
        self.outputs = outputs
        self.lengths = names.map(\.utf8.count)
    }

    /// The indices of the names that occur in `text`, ascending. A name counts only where it is
    /// not part of a longer name matched at the same spot.
    func names(in text: String) -> [Int] {
        var found: [Match] = []
        var text = text
        let classCount = self.classCount
        transitions.withUnsafeBufferPointer { transitions in
            byteClass.withUnsafeBufferPointer { byteClass in
                text.withUTF8 { bytes in
                    var state = 0
                    for position in bytes.indices {
                        let entry = transitions[state &* classCount &+ Int(byteClass[Int(bytes[position])])]
                        state = Int(entry & ~Self.endsName)
                        guard entry & Self.endsName != 0 else { continue }
                        for name in outputs[state] {
                            found.append(Match(start: position + 1 - lengths[Int(name)], end: position + 1, name: Int(name)))
                        }
                    }
                }
            }
        }
        guard !found.isEmpty else { return [] }
        // Earliest start first, then longest: a match is dropped when an earlier-listed match
        // covers it and is longer.
        found.sort { ($0.start, -$0.end, $0.name) < ($1.start, -$1.end, $1.name) }
        var kept = Set<Int>()
        var coverStart = -1
        var coverEnd = -1
        for match in found {
            if match.end < coverEnd || (match.end == coverEnd && match.start > coverStart) { continue }
            kept.insert(match.name)
            if match.end > coverEnd {
                coverStart = match.start
                coverEnd = match.end
            }
        }
        return kept.sorted()
    }

    private struct Match {
        var start: Int
        var end: Int
        var name: Int
    }
}
