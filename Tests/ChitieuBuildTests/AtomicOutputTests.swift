@testable import ChitieuBuild
import ChitieuCore
import Foundation
import Testing

@Suite struct AtomicOutputTests {
    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-out-\(UUID().uuidString)")
    }

    func read(_ url: URL, _ path: String) -> String? {
        try? String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func replacesTheWholeFolderAndLeavesNoStagingBehind() throws {
        let parent = temporaryFolder(), output = parent.appendingPathComponent("site")
        defer { try? FileManager.default.removeItem(at: parent) }
        try AtomicOutput(output: output).write([try OutputFile(path: "a/old.txt", text: "old"), try OutputFile(path: "keep.txt", text: "1")])
        try AtomicOutput(output: output).write([try OutputFile(path: "keep.txt", text: "2"), try OutputFile(path: "b/c/new.txt", text: "new")])
        #expect(read(output, "keep.txt") == "2")
        #expect(read(output, "b/c/new.txt") == "new")
        #expect(read(output, "a/old.txt") == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    @Test func unsafePathsAreRefused() {
        for path in ["../escape.txt", "/etc/passwd", "a/../../b", "a//b", "", "a/./b", "a\\b"] {
            #expect(throws: OutputFile.PathError.self) { try OutputFile(path: path, text: "x") }
        }
        #expect((try? OutputFile(path: "jurisdictions/ninh-binh/index.html", text: "x")) != nil)
    }
}
