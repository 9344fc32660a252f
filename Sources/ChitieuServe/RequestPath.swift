import Foundation

/// Where a request's path leads in the site. Every path is a key of the in-memory site, never
/// a file on disk, and anything that could name a place outside it is refused before the lookup.
enum RequestPath: Equatable {
    case file(String)
    /// A folder asked for without its final slash: the browser is sent to `path/`, so the
    /// page's relative links work.
    case redirect(String)
    case notFound
    /// `..`, `.`, an encoded slash, a backslash or NUL, or bad percent-encoding.
    case refused

    static func resolve(_ raw: String, exists: (String) -> Bool) -> RequestPath {
        let lowered = raw.lowercased()
        guard raw.hasPrefix("/"), !lowered.contains("%2f"), !lowered.contains("%5c"),
              let decoded = raw.removingPercentEncoding else { return .refused }
        guard !decoded.contains("\\"), !decoded.contains("\0") else { return .refused }
        let segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.contains(where: { $0 == "." || $0 == ".." }) else { return .refused }
        guard !segments.dropLast().contains(where: \.isEmpty) else { return .refused }
        let path = String(decoded.dropFirst())
        if path.isEmpty || path.hasSuffix("/") {
            return exists(path + "index.html") ? .file(path + "index.html") : .notFound
        }
        if exists(path) { return .file(path) }
        return exists(path + "/index.html") ? .redirect(raw + "/") : .notFound
    }
}
