@testable import ChitieuServe
import Testing

@Suite struct RequestPathTests {
    let site: Set<String> = ["index.html", "about/index.html", "assets/style.css", "en/index.html"]

    func resolve(_ path: String) -> RequestPath { RequestPath.resolve(path, exists: site.contains) }

    @Test func foldersFilesAndRedirects() {
        #expect(resolve("/") == .file("index.html"))
        #expect(resolve("/about/") == .file("about/index.html"))
        #expect(resolve("/about") == .redirect("/about/"))
        #expect(resolve("/assets/style.css") == .file("assets/style.css"))
        #expect(resolve("/%61bout/") == .file("about/index.html"))
        #expect(resolve("/nothing") == .notFound)
    }

    @Test(arguments: ["/..", "/../x", "/a/../index.html", "/%2e%2e/x", "/%2E%2e/x", "/.%2e/x", "/a/%2f..", "/a%5c..", "/./index.html",
                      "//index.html", "/a\\b", "/%00", "/%zz", "relative"])
    func refused(_ path: String) {
        #expect(resolve(path) == .refused)
    }

    @Test func hosts() {
        let hosts = HostGuard(host: "127.0.0.1", port: BoundPort(4000))
        #expect(hosts.allows("127.0.0.1:4000") && hosts.allows("localhost:4000") && hosts.allows("[::1]:4000"))
        #expect(!hosts.allows("127.0.0.1:4001"))
        #expect(!hosts.allows("attacker.example:4000"), "a rebound DNS name")
        #expect(!hosts.allows(nil) && !hosts.allows("127.0.0.1") && !hosts.allows("127.0.0.1:x"))
    }
}
