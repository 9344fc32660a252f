import ChitieuBuild
import ChitieuCore
@testable import ChitieuServe
import ChitieuTestSupport
import Foundation
import Testing

/// The preview over a real socket: what it serves, what it refuses, and how it follows edits.
@Suite(.serialized) struct PreviewServerTests {
    @Test func servesPagesWithTheirTypesETagsHeadAndA404() async throws {
        let content = try TempContent()
        defer { content.remove() }
        try await RunningPreview.with(content: content.path) { preview in
            let home = try await preview.http.get("/")
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.text.contains("<script src=\"/__chitieu/reload.js\""), "the reload script is injected")
            #expect(home.headers["access-control-allow-origin"] == nil)
            let built = SiteBuild(options: .init(content: content.path, output: content.path + "/site", theme: RunningPreview.theme)).produceSite()
            #expect(built.files.count > 10 && !built.files.contains { String(decoding: $0.data, as: UTF8.self).contains("__chitieu") },
                    "the reload script is the preview's, never in a built site")
            let stylesheet = try #require(home.text.firstMatch(of: /\/assets\/style\.[0-9a-f]+\.css/).map { String($0.output) })
            #expect(try await preview.http.get(stylesheet).headers["content-type"] == "text/css; charset=utf-8")
            #expect(try await preview.http.get("/data/values.csv").headers["content-type"] == "text/csv; charset=utf-8")
            #expect(try await preview.http.get(LiveReload.scriptPath).headers["content-type"] == "text/javascript; charset=utf-8")

            let etag = try #require(home.headers["etag"])
            let again = try await preview.http.get("/", headers: ["If-None-Match": etag])
            #expect(again.status == 304 && again.body.isEmpty)
            let head = try await preview.http.get("/", method: "HEAD")
            #expect(head.status == 200 && head.body.isEmpty)
            #expect(head.headers["content-length"] == String(home.body.count))

            let missing = try await preview.http.get("/no-such-page/")
            #expect(missing.status == 404)
            #expect(missing.text.contains("<h1"), "the site's own 404 page")
            let folder = try await preview.http.get("/about?x=1")
            #expect(folder.status == 301 && folder.headers["location"] == "/about/?x=1")
            #expect(try await preview.http.get("/", method: "POST").status == 405)
        }
    }

    @Test func refusesPathsOutsideTheSiteAndOtherHosts() async throws {
        let content = try TempContent()
        defer { content.remove() }
        try await RunningPreview.with(content: content.path) { preview in
            for target in ["/../site.yaml", "/%2e%2e/site.yaml", "/%2E%2E/%2E%2E/etc/passwd", "/assets/..%2fsite.yaml",
                           "/about/%2e%2e/%2e%2e/site.yaml", "/.%2e/plans/nb-plan.md", "//etc/passwd", "/about/%00", "/%zz"] {
                let answer = try await preview.http.get(target)
                #expect(answer.status == 400, "\(target) gave \(answer.status)")
                #expect(!answer.text.contains("title:"), "\(target) leaked a content file")
            }
            #expect(try await preview.http.get("/", host: "evil.example:\(preview.port)").status == 421, "DNS rebinding")
            #expect(try await preview.http.get("/", host: "127.0.0.1:1").status == 421)
            #expect(try await preview.http.get("/", host: "localhost:\(preview.port)").status == 200)
            let crossOrigin = try await preview.http.get(LiveReload.eventsPath, headers: ["Origin": "http://evil.example"])
            #expect(crossOrigin.status == 403, "the reload stream is same-origin only")
        }
    }

    @Test func aSavedChangeIsServedAndTheStreamSaysReload() async throws {
        let content = try TempContent()
        defer { content.remove() }
        try await RunningPreview.with(content: content.path) { preview in
            let stream = try await EventStream(port: preview.port)
            _ = try await stream.next(containing: "data: 1\n\n")
            try content.write("pages/about.md", "---\ntitle: {vi: Giới thiệu, en: About}\n---\nTrang giới thiệu đã sửa.\n")
            _ = try await stream.next(containing: "data: 2\n\n")
            #expect(try await preview.http.get("/about/").text.contains("Trang giới thiệu đã sửa."))
            let built = try #require(preview.notes.builds.last)
            #expect(built.summary.contains("about.md changed"), "\(built.summary)")
        }
    }

    @Test func aBrokenChangeKeepsTheLastGoodPageWithTheErrorsOverIt() async throws {
        let content = try TempContent()
        defer { content.remove() }
        try await RunningPreview.with(content: content.path) { preview in
            let good = try await preview.http.get("/about/").text
            #expect(!good.contains("chitieu-overlay"))
            try content.write("pages/about.md", "---\ntitle: {vi: Giới thiệu, en: About\n---\nHỏng.\n")
            try await preview.eventually("the overlay") { try await preview.http.get("/about/").text.contains("chitieu-overlay") }
            let shown = try await preview.http.get("/about/").text
            #expect(shown.contains("Trang giới thiệu."), "the last good page stays")
            #expect(shown.contains("pages/about.md:3:1</code>"), "the overlay names the file, line and column")
            #expect(preview.notes.builds.last?.succeeded == false)
            try content.write("pages/about.md", "---\ntitle: {vi: Giới thiệu, en: About}\n---\nĐã sửa lại.\n")
            try await preview.eventually("the fixed page") { try await preview.http.get("/about/").text.contains("Đã sửa lại.") }
            #expect(!(try await preview.http.get("/about/").text.contains("chitieu-overlay")), "a good build clears the overlay")
        }
    }

    @Test func aBurstOfSavesGivesAFewBuildsEndingOnTheLastState() async throws {
        let content = try TempContent()
        defer { content.remove() }
        try await RunningPreview.with(content: content.path) { preview in
            let before = preview.notes.builds.count
            for save in 1...1000 {
                try content.write("pages/about.md", "---\ntitle: {vi: Giới thiệu, en: About}\n---\nLần lưu thứ \(save).\n")
            }
            try await preview.eventually("the last save") { try await preview.http.get("/about/").text.contains("Lần lưu thứ 1000.") }
            try await Task.sleep(for: .milliseconds(300))
            let builds = preview.notes.builds.count - before
            #expect(builds >= 1 && builds <= 10, "\(builds) builds for 1,000 saves")
        }
    }

    @Test func fiftyClientsTwoThousandRequestsNoError() async throws {
        let content = try TempContent()
        defer { content.remove() }
        try await RunningPreview.with(content: content.path) { preview in
            let paths = ["/", "/about/", "/en/", "/data/values.csv", "/no-such-page/", "/sitemap.xml"]
            let statuses = try await withThrowingTaskGroup(of: [Int].self) { group in
                for client in 0..<50 {
                    group.addTask {
                        try await RawHTTP.offPool {
                            try (0..<40).map { request in try preview.http.getNow(paths[(client + request) % paths.count]).status }
                        }
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            #expect(statuses.count == 2000)
            #expect(statuses.allSatisfy { $0 == 200 || $0 == 404 }, "\(Dictionary(grouping: statuses, by: { $0 }).mapValues(\.count))")
            #expect(statuses.count { $0 == 404 } == 2000 / paths.count + (2000 % paths.count > 4 ? 1 : 0))
        }
    }

    @Test func pollingSeesChangesToo() async throws {
        let content = try TempContent()
        defer { content.remove() }
        try await RunningPreview.with(content: content.path, polling: true) { preview in
            #expect(preview.notes.lines.contains { $0.contains("(polling)") })
            try content.write("pages/about.md", "---\ntitle: {vi: Giới thiệu, en: About}\n---\nThấy qua thăm dò.\n")
            try await preview.eventually("the polled change") { try await preview.http.get("/about/").text.contains("Thấy qua thăm dò.") }
        }
    }
}
