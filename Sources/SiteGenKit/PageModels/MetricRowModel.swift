/// A figure of an annual report, with last year's and the change.
struct MetricRowModel: TemplateModel {
    let metric: AnnualReport.Metric
    /// Last year's figure with the same key.
    let previous: AnnualReport.Metric?
    let strings: StringsTable

    private var change: MetricChange? { previous.map { MetricChange(from: $0.value, to: metric.value) } }

    static let modelName = "figure"
    static let fields = TemplateFields<MetricRowModel>([
        .text("label", "what is counted") { $0.metric.label },
        .text("value", "this year's value, with its unit") { Formatting.quantity($0.metric.value, unit: $0.metric.unit) },
        .text("previous", "last year's value (keyed figures)") { model in model.previous.map { Formatting.quantity($0.value, unit: $0.unit) } },
        .text("change", "the difference (+3家, 持平)") { model in
            guard let change = model.change else { return nil }
            if change.delta == 0 { return model.strings.text(.noChange) }
            return (change.delta > 0 ? "+" : "") + Formatting.quantity(change.delta, unit: model.metric.unit)
        },
        .text("percent", "the difference in percent, to one decimal (+12.5%)") { model in
            guard let exact = model.change?.exactPercent, let percent = model.change?.percent else { return nil }
            return (exact > 0 ? "+" : "") + Formatting.number(percent) + "%"
        },
        .text("direction", "up, down or flat (for a class)") { $0.change?.direction.rawValue ?? MetricChange.Direction.flat.rawValue },
        .flag("up", "whether it rose: the theme shows ▲, since colour alone says nothing (red means up in China)") { $0.change?.direction == .up },
        .flag("down", "whether it fell: the theme shows ▼") { $0.change?.direction == .down },
    ])
}
