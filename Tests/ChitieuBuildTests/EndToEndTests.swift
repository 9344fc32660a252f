import ChitieuBuild
import ChitieuCore
import ChitieuTestSupport
import Foundation
import Testing

/// Builds the sample content in `content/` as a user would and crawls the result.
@Suite(.serialized) struct EndToEndTests {
    static let repository = TempContent.repository

    func buildSample(into output: URL) -> SiteBuild.Outcome {
        let options = SiteBuild.Options(content: Self.repository.appendingPathComponent("content").path, output: output.path,
                                        theme: Self.repository.appendingPathComponent("themes/default").path)
        return SiteBuild(options: options).run()
    }

    func temporaryOutput() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-e2e-\(UUID().uuidString)/site")
    }

    @Test func theSampleSiteBuildsAndEveryLinkResolves() throws {
        let output = temporaryOutput()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let outcome = buildSample(into: output)
        #expect(outcome.wrote, "\(outcome.diagnostics.map(\.description))")
        let crawl = try SiteCrawl(root: output)
        #expect(crawl.pages.count > 40)
        #expect(crawl.brokenLinks == [], "links that lead nowhere")
        for page in crawl.pages {
            #expect(page.h1Count == 1, "\(page.path) has \(page.h1Count) h1")
            #expect(page.lang == (page.path.hasPrefix("en/") ? "en" : "vi"), "\(page.path) lang")
            #expect(page.hasTitle, "\(page.path) has no title")
            #expect(page.hasLanguageSwitch, "\(page.path) has no language switch")
        }
        for route in ["index.html", "compare/index.html", "404.html", "sitemap.xml", "robots.txt", "feed.xml", "en/feed.xml",
                      "jurisdictions/ninh-binh/index.html", "en/jurisdictions/ben-tre/index.html", "periods/2021-2025/index.html",
                      "data/values.csv", "data/values.json",
                      "reports/ninh-binh/2025/index.html", "en/reports/ninh-binh/2025/index.html", "reports/vn/2025/index.html"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(route).path), "\(route) is missing")
        }
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = temporaryOutput(), second = temporaryOutput()
        defer {
            try? FileManager.default.removeItem(at: first.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: second.deletingLastPathComponent())
        }
        #expect(buildSample(into: first).wrote)
        #expect(buildSample(into: second).wrote)
        let a = try SiteCrawl.files(first), b = try SiteCrawl.files(second)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a { #expect(b[path] == data, "\(path) differs between builds") }
    }

    @Test func aFailedBuildLeavesThePreviousOutputUntouched() throws {
        let content = try TempContent()
        defer { content.remove() }
        let output = URL(fileURLWithPath: content.path + "-site")
        defer { try? FileManager.default.removeItem(at: output) }
        let theme = Self.repository.appendingPathComponent("themes/default").path
        let build = SiteBuild(options: .init(content: content.path, output: output.path, theme: theme))
        #expect(build.run().wrote)
        let before = try SiteCrawl.files(output)
        let plan = content.root.appendingPathComponent("plans/nb-plan.md")
        let text = try String(contentsOf: plan, encoding: .utf8).replacingOccurrences(of: "2021-2025: 60\n", with: "2021-2025: 60zz\n")
        try Data(text.utf8).write(to: plan)
        let failed = build.run()
        #expect(!failed.wrote)
        #expect(failed.diagnostics.hasErrors)
        #expect(try SiteCrawl.files(output) == before)
    }
}

@Suite struct OutputCollisionTests {
    @Test func aPageNamedLikeASectionIsAnError() throws {
        let content = try TempContent(files: ["pages/compare.md": "---\ntitle: {vi: So sánh}\n---\nTrang trùng tên.\n"])
        defer { content.remove() }
        let theme = TempContent.repository.appendingPathComponent("themes/default").path
        let (files, _, diagnostics) = SiteBuild(options: .init(content: content.path, output: content.path + "-site", theme: theme)).produce()
        #expect(files.isEmpty)
        #expect(diagnostics.contains { $0.message == "two outputs would both be written to 'compare/index.html'" })
    }
}

@Suite struct BaseURLTests {
    @Test func everyLinkStartsWithThePrefix() throws {
        let content = try TempContent()
        defer { content.remove() }
        let theme = TempContent.repository.appendingPathComponent("themes/default").path
        let options = SiteBuild.Options(content: content.path, output: content.path + "-site", theme: theme, baseURL: "/chitieu/")
        let (files, _, diagnostics) = SiteBuild(options: options).produce()
        #expect(!diagnostics.hasErrors)
        let page = try #require(files.first { $0.path == "en/jurisdictions/ninh-binh/index.html" })
        let html = String(decoding: page.data, as: UTF8.self)
        let links = SiteCrawl.all(#"(?:href|src)="(/[^"]*)""#, in: html)
        #expect(!links.isEmpty)
        for link in links { #expect(link.hasPrefix("/chitieu/"), "\(link)") }
        #expect(html.contains("href=\"/chitieu/jurisdictions/ninh-binh/\" hreflang=\"vi\""))
    }
}

@Suite struct ThemeOverrideTests {
    @Test func aSiteOverridesATemplateAndAnAssetByName() throws {
        let content = try TempContent(files: [
            "layouts/notfound.mustache": "{{<base}}{{$main}}<h1>Lạc đường rồi</h1>{{/main}}{{/base}}\n",
            "assets/style.css": "body { color: #000; }\n",
        ])
        defer { content.remove() }
        let theme = TempContent.repository.appendingPathComponent("themes/default").path
        let (files, _, diagnostics) = SiteBuild(options: .init(content: content.path, output: content.path + "-site", theme: theme)).produce()
        #expect(!diagnostics.hasErrors)
        let notFound = String(decoding: try #require(files.first { $0.path == "404.html" }).data, as: UTF8.self)
        #expect(notFound.contains("<h1>Lạc đường rồi</h1>"))
        let css = try #require(files.first { $0.path.hasPrefix("assets/style.") })
        #expect(String(decoding: css.data, as: UTF8.self) == "body { color: #000; }\n")
        #expect(notFound.contains("href=\"/\(css.path)\""))
    }

    /// A site's override that links out of its folder would publish a file from elsewhere.
    @Test func overridesThatLinkOutsideTheirFolderAreRefused() throws {
        let content = try TempContent()
        defer { content.remove() }
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-secret-\(UUID().uuidString)")
        try Data("private\n".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        for link in ["assets/secret.css", "layouts/notfound.mustache"] {
            let url = content.root.appendingPathComponent(link)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: url, withDestinationURL: secret)
        }
        let theme = TempContent.repository.appendingPathComponent("themes/default").path
        let (files, _, diagnostics) = SiteBuild(options: .init(content: content.path, output: content.path + "-site", theme: theme)).produce()
        #expect(files.isEmpty)
        let refused = diagnostics.filter { $0.message == "file is a link that points outside its folder" }.map { content.relative($0.location.file) }
        #expect(refused.sorted() == ["assets/secret.css", "layouts/notfound.mustache"])
    }

    @Test func aMissingTemplateIsAnErrorNotASkippedPage() throws {
        let content = try TempContent()
        defer { content.remove() }
        let theme = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: theme) }
        try FileManager.default.copyItem(at: TempContent.repository.appendingPathComponent("themes/default"), to: theme)
        try FileManager.default.removeItem(at: theme.appendingPathComponent("templates/plan.mustache"))
        let (files, _, diagnostics) = SiteBuild(options: .init(content: content.path, output: content.path + "-site", theme: theme.path)).produce()
        #expect(files.isEmpty)
        #expect(diagnostics.contains { $0.message == "the theme has no 'plan' template" })
    }
}

extension EndToEndTests {
    @Test func aParallelBuildWritesExactlyWhatASingleThreadedOneDoes() throws {
        let one = temporaryOutput(), many = temporaryOutput()
        defer {
            try? FileManager.default.removeItem(at: one.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: many.deletingLastPathComponent())
        }
        for (output, jobs) in [(one, 1), (many, 4)] {
            var options = SiteBuild.Options(content: Self.repository.appendingPathComponent("content").path, output: output.path,
                                            theme: Self.repository.appendingPathComponent("themes/default").path)
            options.jobs = jobs
            #expect(SiteBuild(options: options).run().wrote)
        }
        let files = try FileManager.default.subpathsOfDirectory(atPath: one.path).sorted()
        #expect(files == (try FileManager.default.subpathsOfDirectory(atPath: many.path).sorted()))
        for file in files where !file.hasSuffix("/") {
            let a = FileManager.default.contents(atPath: one.appendingPathComponent(file).path)
            #expect(a == FileManager.default.contents(atPath: many.appendingPathComponent(file).path), "\(file) differs")
        }
    }
}
