import ChitieuCore
import Foundation
import Hummingbird

/// What the preview adds to each HTML page it serves, and only there: the reload script and,
/// after a failed build, the overlay listing its diagnostics. Never part of a built site.
enum LiveReload {
    static let eventsPath = "/__chitieu/events"
    static let scriptPath = "/__chitieu/reload.js"

    /// Listens to the reload stream; reloads when the build generation differs from the one the
    /// page was served with, keeping the scroll position in sessionStorage across the reload.
    static let script = """
        (() => {
          const self = document.currentScript;
          const generation = self.dataset.generation;
          const key = "chitieu-scroll:" + location.pathname;
          const saved = sessionStorage.getItem(key);
          if (saved) {
            sessionStorage.removeItem(key);
            const [x, y] = saved.split(",").map(Number);
            window.scrollTo(x, y);
            window.addEventListener("load", () => window.scrollTo(x, y));
          }
          const overlay = document.getElementById("chitieu-overlay");
          if (overlay) overlay.querySelector("button").addEventListener("click", () => overlay.remove());
          const events = new EventSource(self.dataset.events);
          events.addEventListener("build", (event) => {
            if (event.data === generation) return;
            events.close();
            sessionStorage.setItem(key, Math.round(scrollX) + "," + Math.round(scrollY));
            location.reload();
          });
        })();

        """

    /// The snippet put before `</body>`.
    static func snippet(for site: ServedSite) -> String {
        let tag = "<script src=\"\(scriptPath)\" data-events=\"\(eventsPath)\" data-generation=\"\(site.generation)\"></script>"
        return site.failure.isEmpty ? tag : overlay(site.failure) + tag
    }

    static func overlay(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.errorCount
        let items = diagnostics.map { diagnostic in
            let hint = diagnostic.hint.map { "<br><span style=\"color:#555\">\(HTMLText.escape($0))</span>" } ?? ""
            let colour = diagnostic.severity == .error ? "#a00" : "#850"
            return "<li style=\"margin:.4em 0\"><code>\(HTMLText.escape(diagnostic.location.description))</code> "
                + "<strong style=\"color:\(colour)\">\(diagnostic.severity.rawValue)</strong>: \(HTMLText.escape(diagnostic.message))\(hint)</li>"
        }.joined()
        return """
            <div id="chitieu-overlay" role="alert" style="position:fixed;inset:auto 1em 1em 1em;max-height:60vh;overflow:auto;z-index:2147483647;\
            background:#fff;color:#111;border:3px solid #a00;border-radius:6px;padding:1em 1.5em;font:15px/1.4 system-ui,sans-serif;box-shadow:0 4px 24px #0006">\
            <button type="button" style="float:right" aria-label="Đóng / Close">×</button>\
            <p style="margin:0;font-weight:bold">Bản dựng lỗi (\(errors) lỗi): đang hiện các trang tốt gần nhất.</p>\
            <p lang="en" style="margin:0 0 .5em">Build failed (\(errors) \(errors == 1 ? "error" : "errors")): showing the last good pages.</p>\
            <ol style="margin:0;padding-left:1.5em">\(items)</ol></div>
            """
    }

    /// The page's bytes with the snippet before its last `</body>`.
    static func inject(_ file: ServedFile, site: ServedSite) -> ByteBuffer {
        guard let offset = file.bodyEnd else { return file.bytes }
        let snippet = snippet(for: site)
        var buffer = ByteBuffer()
        buffer.reserveCapacity(file.data.count + snippet.utf8.count)
        file.data.withUnsafeBytes { page in
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: page[..<offset]))
            buffer.writeString(snippet)
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: page[offset...]))
        }
        return buffer
    }

    /// The page shown before any build succeeded: nothing to show but the overlay.
    static func failurePage(_ site: ServedSite) -> String {
        "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Chitieu</title></head><body>\(snippet(for: site))</body></html>"
    }
}
