/// A target's value reached in one year.
struct AchievementModel: TemplateModel {
    let label: String
    let value: String

    static let modelName = "achievement"
    static let fields = TemplateFields<AchievementModel>([
        .text("label", "what is counted") { $0.label },
        .text("value", "how much, with its unit") { $0.value },
    ])
}
