import Foundation
import SiteGenKit

/// The live-reload script and its injection into the HTML pages the server sends.
///
/// Pages get `<script src="<base>__sitegen/live.js" data-build="N" …>` before `</body>`, N being
/// the good build they come from. The script opens `<base>__sitegen/events?since=N` (server-sent
/// events): a `reload` event reloads the page, an `errors` event shows the overlay the server
/// rendered. The files in the build folder are never changed.
enum LiveReload {
    /// The folder below the base path where the server answers its own requests.
    static let prefix = "__sitegen/"
    /// The script's name below ``prefix``.
    static let scriptName = "live.js"
    /// The events endpoint's name below ``prefix``.
    static let eventsName = "events"

    /// The script the pages load.
    static let script = """
        // sitegen serve: reloads the page after a good rebuild, shows the errors of a failed one.
        (function () {
          "use strict";
          var script = document.currentScript;
          if (!script || !window.EventSource) { return; }
          var url = script.getAttribute("data-events") + "?since=" + encodeURIComponent(script.getAttribute("data-build") || "0");
          var source = new EventSource(url);
          function removeOverlay() {
            var old = document.getElementById("\(ErrorOverlay.elementID)");
            if (old && old.parentNode) { old.parentNode.removeChild(old); }
          }
          source.addEventListener("reload", function () {
            source.close();
            window.location.reload();
          });
          source.addEventListener("errors", function (event) {
            var payload;
            try { payload = JSON.parse(event.data); } catch (e) { return; }
            removeOverlay();
            var holder = document.createElement("div");
            holder.innerHTML = payload.overlay; // rendered by the server, every text HTML-escaped
            if (holder.firstElementChild) { document.body.appendChild(holder.firstElementChild); }
          });
          document.addEventListener("click", function (event) {
            var target = event.target;
            if (target && target.closest && target.closest("[data-sitegen-close]")) { removeOverlay(); }
          });
        })();

        """

    /// The tag that loads the script, for a page of good build `build`.
    static func scriptTag(basePath: BasePath, build: Int) -> String {
        let base = Escaping.xml(basePath.value + prefix)
        return "<script src=\"\(base)\(scriptName)\" data-build=\"\(build)\" data-events=\"\(base)\(eventsName)\"></script>"
    }

    /// `html` with the script tag, and `overlay` when given, inserted before its last `</body>`
    /// (at its end when it has none).
    static func inject(into html: Data, basePath: BasePath, build: Int, overlay: String?) -> Data {
        let page = String(decoding: html, as: UTF8.self)
        let addition = (overlay.map { $0 + "\n" } ?? "") + scriptTag(basePath: basePath, build: build) + "\n"
        guard let end = page.range(of: "</body>", options: [.caseInsensitive, .backwards]) else {
            return Data((page + addition).utf8)
        }
        return Data((page[..<end.lowerBound] + addition + page[end.lowerBound...]).utf8)
    }
}
