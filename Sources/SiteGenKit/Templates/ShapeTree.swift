/// The shapes of one template's pages found so far: a tree of decisions, each node asking for
/// one expression's kind (see ``ShapeValue/Outcome``) and branching on it, each leaf holding
/// the output for the pages that reach it. Pages that made the same decisions so far make the
/// same next one, as swift-mustache renders the same template the same way.
///
/// Nodes never change once made (adding a shape copies the path to it), so pages walk a tree
/// without a lock while another page adds to it.
final class ShapeTree: Sendable {
    /// The expression decided here; nil at a leaf.
    let expression: Int?
    /// The next node for each outcome seen.
    let branches: [ShapeValue.Outcome: ShapeTree]
    /// The output of the pages that end here (a leaf).
    let output: ShapedOutput?

    private init(expression: Int?, branches: [ShapeValue.Outcome: ShapeTree], output: ShapedOutput?) {
        self.expression = expression
        self.branches = branches
        self.output = output
    }

    /// A tree with one shape: `decisions`, then `output`.
    static func path(_ decisions: ArraySlice<(expression: Int, outcome: ShapeValue.Outcome)>, output: ShapedOutput) -> ShapeTree {
        guard let first = decisions.first else { return ShapeTree(expression: nil, branches: [:], output: output) }
        return ShapeTree(expression: first.expression, branches: [first.outcome: path(decisions.dropFirst(), output: output)], output: nil)
    }

    /// This tree with the shape `decisions` → `output` added; nil when the decisions contradict
    /// the tree (a different expression asked at a node), which would mean the template does not
    /// render the same way for the same decisions.
    func adding(_ decisions: ArraySlice<(expression: Int, outcome: ShapeValue.Outcome)>, output: ShapedOutput) -> ShapeTree? {
        guard let first = decisions.first else {
            return expression == nil ? self : nil
        }
        guard first.expression == expression else { return nil }
        var branches = branches
        if let next = branches[first.outcome] {
            guard let added = next.adding(decisions.dropFirst(), output: output) else { return nil }
            branches[first.outcome] = added
        } else {
            branches[first.outcome] = Self.path(decisions.dropFirst(), output: output)
        }
        return ShapeTree(expression: expression, branches: branches, output: nil)
    }
}
