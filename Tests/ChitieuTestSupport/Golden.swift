import Foundation
import Testing

/// Compares text with a file checked into the tests; `CHITIEU_RECORD=1` writes the file instead.
/// A mismatch reports the first differing lines rather than two whole texts.
public enum Golden {
    public static var recording: Bool { ProcessInfo.processInfo.environment["CHITIEU_RECORD"] == "1" }

    public static func check(_ actual: String, against url: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        if recording {
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard expected != actual else { return }
        Issue.record(Comment(rawValue: diff(expected: expected, actual: actual, name: url.lastPathComponent)), sourceLocation: sourceLocation)
    }

    static func diff(expected: String, actual: String, name: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines = ["\(name) differs (re-record with CHITIEU_RECORD=1):"]
        for index in 0..<max(e.count, a.count) where lines.count < 13 {
            let left = index < e.count ? String(e[index]) : "<none>", right = index < a.count ? String(a[index]) : "<none>"
            if left != right { lines += ["  line \(index + 1):", "  - \(left)", "  + \(right)"] }
        }
        return lines.joined(separator: "\n")
    }
}
