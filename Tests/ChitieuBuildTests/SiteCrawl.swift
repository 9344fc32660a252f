import Foundation

/// Reads a built site from disk as a link checker would: every HTML page, its `href`s and
/// `src`s, and the few facts every page must have.
struct SiteCrawl {
    struct Page {
        let path: String
        let h1Count: Int
        let lang: String?
        let hasTitle: Bool
        let hasLanguageSwitch: Bool
        let links: [String]
    }

    let root: URL
    let pages: [Page]
    let brokenLinks: [String]

    init(root: URL) throws {
        self.root = root
        let files = try Self.files(root)
        var pages: [Page] = []
        var broken: [String] = []
        for (path, data) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let page = Page(
                path: path, h1Count: html.components(separatedBy: "<h1").count - 1,
                lang: Self.first(#"<html lang="([^"]+)""#, in: html), hasTitle: Self.first(#"<title>([^<]+)</title>"#, in: html) != nil,
                hasLanguageSwitch: html.contains("class=\"lang-switch\""),
                links: Self.all(#"(?:href|src)="([^"]+)""#, in: html)
            )
            for link in page.links where link.hasPrefix("/") && Self.target(of: link, in: files) == nil {
                broken.append("\(path) → \(link)")
            }
            pages.append(page)
        }
        self.pages = pages
        brokenLinks = broken
    }

    static func target(of link: String, in files: [String: Data]) -> String? {
        var path = String(link.dropFirst()).components(separatedBy: "#")[0]
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        return files[path] != nil ? path : nil
    }

    static func files(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return files }
        for case let path as String in walker {
            var isDirectory: ObjCBool = false
            let full = root.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }

    static func first(_ pattern: String, in text: String) -> String? { all(pattern, in: text).first }

    static func all(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
