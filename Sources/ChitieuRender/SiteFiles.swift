import ChitieuCore
import ChitieuModel
import ChitieuPages
import Foundation

/// The files around the pages: the sitemap, robots.txt, and an Atom feed of plans per language.
public struct SiteFiles {
    let content: Content
    let basePath: String

    public init(content: Content, basePath: String) {
        self.content = content
        self.basePath = basePath
    }

    func url(_ path: String) -> String {
        let base = content.site.baseURL
        if base.hasPrefix("http://") || base.hasPrefix("https://") {
            return (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/" + path
        }
        return basePath + path
    }

    public func sitemap(_ pages: [(route: Route, language: Language)]) throws -> OutputFile {
        let entries = pages.filter { $0.route != .notFound }.map { page in
            "  <url><loc>\(HTMLText.escape(url(String(page.route.path(page.language).dropFirst()))))</loc></url>\n"
        }.sorted()
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            + entries.joined() + "</urlset>\n"
        return try OutputFile(path: "sitemap.xml", text: xml)
    }

    public func robots() throws -> OutputFile {
        try OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\nSitemap: \(url("sitemap.xml"))\n")
    }

    /// Plans newest first; the feed is dated by the newest plan, never by the clock.
    public func feed(_ language: Language, strings: Strings) throws -> OutputFile {
        let plans = content.plans.sorted { ($0.date?.iso ?? "", $0.id) > ($1.date?.iso ?? "", $1.id) }
        let updated = plans.compactMap(\.date).max()?.iso ?? content.site.reportingDate.iso
        let prefix = language == .vi ? "" : "\(language.rawValue)/"
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(language.rawValue)\">\n"
        xml += "  <title>\(HTMLText.escape(content.site.title[language]))</title>\n"
        xml += "  <id>\(HTMLText.escape(url(prefix)))</id>\n  <updated>\(updated)T00:00:00Z</updated>\n"
        xml += "  <link rel=\"self\" href=\"\(HTMLText.escape(url(prefix + "feed.xml")))\"/>\n"
        for plan in plans {
            let link = url(prefix + Route.plan(plan.id).relativePath)
            xml += "  <entry>\n    <title>\(HTMLText.escape(plan.title[language]))</title>\n"
            xml += "    <id>\(HTMLText.escape(link))</id>\n    <link href=\"\(HTMLText.escape(link))\"/>\n"
            xml += "    <updated>\((plan.date ?? content.site.reportingDate).iso)T00:00:00Z</updated>\n"
            xml += "    <author><name>\(HTMLText.escape(plan.issuingBody.isEmpty ? content.site.title[language] : plan.issuingBody[language]))</name></author>\n"
            if let summary = plan.summary?[language] { xml += "    <summary>\(HTMLText.escape(summary))</summary>\n" }
            xml += "  </entry>\n"
        }
        return try OutputFile(path: prefix + "feed.xml", text: xml + "</feed>\n")
    }
}

