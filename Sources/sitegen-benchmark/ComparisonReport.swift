import Foundation

/// The figures of `--compare-hugo`, as a Markdown table for the README.
struct ComparisonReport {
    /// One corpus size.
    struct Row {
        var announcements: Int
        var hugo: [MeasuredProcess.Measurement]
        var sitegen: [MeasuredProcess.Measurement]
        /// `sitegen check`: all the work of a build but the writing.
        var check: [MeasuredProcess.Measurement]
        var rebuild: MeasuredProcess.Measurement
        var rebuildFilesTouched: Int
        var hugoFiles: Int
        var sitegenFiles: Int
        /// cmark on all bodies plus `cp -r` of sitegen's output, in seconds, once a round.
        var floors: [Double]
        /// `sitegen serve`'s rebuilds after a saved announcement.
        var serve: ServeRebuildMeasurement?
        /// `sitegen build` after a paragraph is saved in one announcement, one save after another,
        /// with the files each changed in the output.
        var edits: [(measurement: MeasuredProcess.Measurement, filesTouched: Int)] = []
    }

    private var rows: [Row] = []

    mutating func add(_ row: Row) {
        rows.append(row)
    }

    private static func best(_ runs: [MeasuredProcess.Measurement]) -> MeasuredProcess.Measurement? {
        runs.min { $0.wall < $1.wall }
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    private static func seconds(_ value: Double) -> String { String(format: "%.2f s", value) }
    private static func megabytes(_ bytes: Int) -> String { String(format: "%.0f MB", Double(bytes) / 1_048_576) }
    private static func ratio(_ value: Double) -> String { String(format: "%.2f", value) }

    /// The table and the ratios the targets are stated in.
    func markdown() -> String {
        var lines = [
            "| announcements | build | wall (best) | wall (median) | CPU (best run) | peak RSS | files in output |",
            "|---:|---|---:|---:|---:|---:|---:|",
        ]
        for row in rows {
            guard let hugo = Self.best(row.hugo), let sitegen = Self.best(row.sitegen) else { continue }
            let count = row.announcements.formatted()
            lines.append("| \(count) | Hugo, cold | \(Self.seconds(hugo.wall)) | \(Self.seconds(Self.median(row.hugo.map(\.wall)))) | \(Self.seconds(hugo.cpu)) | \(Self.megabytes(hugo.peakMemory)) | \(row.hugoFiles) |")
            lines.append("| \(count) | sitegen, cold | \(Self.seconds(sitegen.wall)) | \(Self.seconds(Self.median(row.sitegen.map(\.wall)))) | \(Self.seconds(sitegen.cpu)) | \(Self.megabytes(sitegen.peakMemory)) | \(row.sitegenFiles) |")
            if let check = Self.best(row.check) {
                lines.append("| \(count) | sitegen, check (all the work, no writing) | \(Self.seconds(check.wall)) | \(Self.seconds(Self.median(row.check.map(\.wall)))) | \(Self.seconds(check.cpu)) | \(Self.megabytes(check.peakMemory)) | 0 |")
            }
            lines.append("| \(count) | sitegen, rebuild with no change | \(Self.seconds(row.rebuild.wall)) | | \(Self.seconds(row.rebuild.cpu)) | \(Self.megabytes(row.rebuild.peakMemory)) | \(row.rebuildFilesTouched) written |")
            if !row.edits.isEmpty {
                let edits = row.edits.sorted { $0.measurement.wall < $1.measurement.wall }
                let median = edits[edits.count / 2]
                lines.append("| \(count) | sitegen, build after a paragraph is saved in one announcement (\(edits.count) saves) | \(Self.seconds(edits[0].measurement.wall)) | \(Self.seconds(median.measurement.wall)) | \(Self.seconds(median.measurement.cpu)) | \(Self.megabytes(median.measurement.peakMemory)) | \(median.filesTouched) written |")
            }
            lines.append("| \(count) | floor: cmark on the bodies + `cp -r` of the output | \(Self.seconds(row.floors.min() ?? 0)) | \(Self.seconds(Self.median(row.floors))) | | | |")
            if let serve = row.serve {
                let body = serve.bodyEdits.sorted { $0.seconds < $1.seconds }
                let median = body[body.count / 2]
                lines.append("| \(count) | sitegen serve, rebuild after a paragraph is saved in one announcement (\(body.count) files) | \(Self.seconds(body[0].seconds)) | \(Self.seconds(median.seconds)) | | | \(median.pagesRendered) pages rendered, \(median.filesChanged) written |")
                let title = serve.titleEdit
                lines.append("| \(count) | sitegen serve, rebuild after an announcement's title is changed | \(Self.seconds(title.seconds)) | | | | \(title.pagesRendered) pages rendered, \(title.filesChanged) written |")
                lines.append("| \(count) | sitegen serve, search index brought up to date after the saves (a second later, in the background) | \(Self.seconds(serve.searchRefresh.seconds)) | | | | \(serve.searchRefresh.filesChanged) written |")
            }
        }
        lines.append("")
        lines.append("| announcements | sitegen ÷ Hugo, wall | sitegen ÷ Hugo, peak RSS | rebuild ÷ cold | serve rebuild ÷ cold | sitegen ÷ floor |")
        lines.append("|---:|---:|---:|---:|---:|---:|")
        for row in rows {
            guard let hugo = Self.best(row.hugo), let sitegen = Self.best(row.sitegen) else { continue }
            lines.append("| \(row.announcements.formatted()) | \(Self.ratio(sitegen.wall / hugo.wall)) | \(Self.ratio(Double(sitegen.peakMemory) / Double(hugo.peakMemory))) | \(Self.ratio(row.rebuild.wall / sitegen.wall)) | \(row.serve.map { Self.ratio(Self.median($0.bodyEdits.map(\.seconds)) / sitegen.wall) } ?? "") | \(Self.ratio(sitegen.wall / (row.floors.min() ?? 0))) |")
        }
        if rows.count > 1, let first = rows.first, let last = rows.last, let small = Self.best(first.sitegen), let large = Self.best(last.sitegen) {
            let content = Double(last.announcements) / Double(first.announcements)
            lines.append("")
            var line = "sitegen, \(last.announcements.formatted()) ÷ \(first.announcements.formatted()) announcements: \(Self.ratio(large.wall / small.wall)) × the time for \(Self.ratio(content)) × the content"
            if let smallCheck = Self.best(first.check), let largeCheck = Self.best(last.check) {
                line += " (check, without the disk: \(Self.ratio(largeCheck.wall / smallCheck.wall)) ×)"
            }
            if let smallHugo = Self.best(first.hugo), let largeHugo = Self.best(last.hugo) {
                line += "; Hugo: \(Self.ratio(largeHugo.wall / smallHugo.wall)) ×"
            }
            lines.append(line + ".")
        }
        return lines.joined(separator: "\n")
    }
}
