/// A small bar chart drawn as inline SVG at build time: no script, no external asset.
///
/// Every text in it is escaped, so the SVG can be emitted as it is.
struct BarChart: Sendable {
    /// One bar.
    struct Bar: Sendable {
        /// The label under the bar (a year).
        var label: String
        /// Its height.
        var value: Double

        /// Creates a bar.
        init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// What the chart shows, for screen readers and the title tooltip.
    var title: String
    /// The bars, left to right.
    var bars: [Bar]
    /// A dashed line marking a target, with its label.
    var reference: (value: Double, label: String)?
    /// Unit written after each value.
    var unit: String?
    /// The largest value of the charts this one is compared with: charts of one group are drawn
    /// to one scale, so that a bar of 3 is not as tall as a bar of 300 beside it.
    var scaleMaximum: Double?

    /// Creates a chart.
    init(title: String, bars: [Bar], reference: (value: Double, label: String)? = nil, unit: String? = nil, scaleMaximum: Double? = nil) {
        self.title = title
        self.bars = bars
        self.reference = reference
        self.unit = unit
        self.scaleMaximum = scaleMaximum
    }

    /// The largest value the chart itself shows (its bars and its reference line).
    var largestValue: Double { max(bars.map(\.value).max() ?? 0, reference?.value ?? 0) }

    /// The `<svg>` element.
    func svg() -> String {
        let barWidth = 44.0, gap = 28.0, left = 16.0, top = 26.0, plotHeight = 120.0, bottom = 26.0
        let referenceLabelWidth = reference == nil ? 0.0 : 92.0
        let width = max(200, left * 2 + Double(bars.count) * (barWidth + gap) - gap + referenceLabelWidth)
        let height = top + plotHeight + bottom
        let maximum = max(largestValue, scaleMaximum ?? 0, 1) * 1.1
        func y(_ value: Double) -> Double { top + plotHeight - plotHeight * max(0, value) / maximum }
        func number(_ value: Double) -> String { Formatting.number(value) }
        let unitText = unit.map { Escaping.xml($0) } ?? ""

        var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(width)) \(number(height))\" width=\"\(number(width))\" height=\"\(number(height))\" role=\"img\" aria-label=\"\(Escaping.xml(title))\">"
        out += "<title>\(Escaping.xml(title))</title>"
        out += "<line x1=\"\(number(left))\" y1=\"\(number(top + plotHeight))\" x2=\"\(number(width - left))\" y2=\"\(number(top + plotHeight))\" stroke=\"#9aa5b1\" stroke-width=\"1\"/>"
        for (index, bar) in bars.enumerated() {
            let x = left + Double(index) * (barWidth + gap)
            let barTop = y(bar.value)
            out += "<rect x=\"\(number(x))\" y=\"\(number(barTop))\" width=\"\(number(barWidth))\" height=\"\(number(top + plotHeight - barTop))\" rx=\"3\" fill=\"#0b4f8a\"/>"
            out += "<text x=\"\(number(x + barWidth / 2))\" y=\"\(number(barTop - 6))\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1f2933\">\(number(bar.value))\(unitText)</text>"
            out += "<text x=\"\(number(x + barWidth / 2))\" y=\"\(number(top + plotHeight + 17))\" text-anchor=\"middle\" font-size=\"13\" fill=\"#52606d\">\(Escaping.xml(bar.label))</text>"
        }
        if let reference {
            let lineY = y(reference.value)
            out += "<line x1=\"\(number(left))\" y1=\"\(number(lineY))\" x2=\"\(number(width - referenceLabelWidth))\" y2=\"\(number(lineY))\" stroke=\"#c0392b\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>"
            out += "<text x=\"\(number(width - referenceLabelWidth + 6))\" y=\"\(number(lineY + 4))\" font-size=\"13\" fill=\"#c0392b\">\(Escaping.xml(reference.label))</text>"
        }
        out += "</svg>"
        return out
    }
}
