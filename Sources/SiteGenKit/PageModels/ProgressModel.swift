/// One year of an initiative's progress.
struct ProgressModel: TemplateModel {
    let progress: Initiative.Progress

    static let modelName = "progress"
    static let fields = TemplateFields<ProgressModel>([
        .number("year", "the year") { $0.progress.year },
        .text("note", "what happened") { $0.progress.note },
    ])
}
