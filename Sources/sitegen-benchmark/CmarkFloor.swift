import CCmark
import Foundation

/// The least any generator must do with the corpus: turn every body into HTML with libcmark,
/// on all cores.
enum CmarkFloor {
    /// Seconds libcmark takes to render `bodies`.
    static func seconds(bodies: [String]) -> Double {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let start = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < bodies.count {
                var body = bodies[index]
                body.withUTF8 { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { text in
                        if let html = cmark_markdown_to_html(text.baseAddress, text.count, CMARK_OPT_SMART) { free(html) }
                    }
                }
                index += workers
            }
        }
        let elapsed = ContinuousClock.now - start
        return elapsed.seconds
    }
}
