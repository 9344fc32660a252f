import ChitieuTestSupport
import Foundation
import Testing

/// `kill -9` of `chitieu build` at random moments: the output folder always holds one whole
/// site, the old one or the new one, never a mix of the two and never nothing.
@Suite(.serialized) struct KilledBuildTests {
    /// The `chitieu` executable `swift test` built beside the test bundle.
    static let chitieu = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("chitieu")
    static let theme = TempContent.repository.appendingPathComponent("themes/default").path

    @Test func aBuildKilledAtAnyMomentLeavesAWholeSite() throws {
        let chitieu = try #require(Self.chitieu, "no chitieu executable beside the tests")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-kill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        // Two editions of the sample that differ on every page: the site's title.
        let editions = try ["a", "b"].map { name in
            let content = work.appendingPathComponent("content-\(name)")
            try FileManager.default.copyItem(at: TempContent.repository.appendingPathComponent("content"), to: content)
            let site = content.appendingPathComponent("site.yaml")
            let yaml = try String(contentsOf: site, encoding: .utf8)
            try yaml.replacingOccurrences(of: "vi: Chỉ tiêu phát triển", with: "vi: Chỉ tiêu (\(name)) phát triển").write(to: site, atomically: true, encoding: .utf8)
            return content
        }
        var whole: [[String: Data]] = []
        var durations: [Duration] = []
        for (index, content) in editions.enumerated() {
            let clock = ContinuousClock(), start = clock.now
            #expect(try build(chitieu, content, work.appendingPathComponent("whole-\(index)"), killAfter: nil) == 0)
            durations.append(clock.now - start)
            whole.append(try SiteCrawl.files(work.appendingPathComponent("whole-\(index)")))
        }
        #expect(whole[0] != whole[1])

        let output = work.appendingPathComponent("site")
        #expect(try build(chitieu, editions[0], output, killAfter: nil) == 0)
        let longest = durations.max()!
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        for round in 1...12 {
            let delay = longest * Double.random(in: 0...1.1, using: &generator)
            let status = try build(chitieu, editions[round % 2], output, killAfter: delay)
            if status == SIGKILL { killed += 1 }
            let now = try SiteCrawl.files(output)
            #expect(now == whole[0] || now == whole[1], "round \(round): killed after \(delay), the site is a mix or missing (\(now.count) files)")
        }
        #expect(killed > 0, "no build was killed mid-way")
        // What killed builds left beside the site goes with the next build that completes.
        #expect(try build(chitieu, editions[0], output, killAfter: nil) == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.hasPrefix(".site.") }.isEmpty)
    }

    /// Runs a build; with a delay, sends SIGKILL then and returns the signal if it hit.
    func build(_ chitieu: URL, _ content: URL, _ output: URL, killAfter delay: Duration?) throws -> Int32 {
        let process = Process()
        process.executableURL = chitieu
        process.arguments = ["build", "--content", content.path, "--output", output.path, "--theme", Self.theme]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        if let delay {
            let until = ContinuousClock.now + delay
            while process.isRunning && ContinuousClock.now < until { usleep(500) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? process.terminationStatus : process.terminationStatus == 0 ? 0 : -process.terminationStatus
    }
}
