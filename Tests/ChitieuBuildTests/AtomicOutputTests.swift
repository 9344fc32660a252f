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

    /// The old site is removed on several threads; a link someone put into it is removed as a link,
    /// and what it points to is left alone.
    @Test func theOldSiteGoesWithoutFollowingLinks() throws {
        let parent = temporaryFolder(), output = parent.appendingPathComponent("site"), outside = parent.appendingPathComponent("outside")
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try "keep".write(to: outside.appendingPathComponent("precious.txt"), atomically: false, encoding: .utf8)
        let old = try (1...40).map { try OutputFile(path: "f\($0 % 4)/g\($0 % 7)/h\($0)/index.html", text: "\($0)") }
        try AtomicOutput(output: output).write(old + [try OutputFile(path: "top.txt", text: "t")])
        try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("linked").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("f1/linked").path, withDestinationPath: outside.path)
        try AtomicOutput(output: output).write([try OutputFile(path: "new.txt", text: "n")])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["outside", "site"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["new.txt"])
        #expect(read(outside, "precious.txt") == "keep")
    }

    @Test func unsafePathsAreRefused() {
        for path in ["../escape.txt", "/etc/passwd", "a/../../b", "a//b", "", "a/./b", "a\\b"] {
            #expect(throws: OutputFile.PathError.self) { try OutputFile(path: path, text: "x") }
        }
        #expect((try? OutputFile(path: "jurisdictions/ninh-binh/index.html", text: "x")) != nil)
    }

    func inode(_ url: URL, _ path: String) -> ino_t? {
        var status = stat()
        return lstat(url.appendingPathComponent(path).path, &status) == 0 ? status.st_ino : nil
    }

    @Test func onlyChangedFilesAreWritten() throws {
        let parent = temporaryFolder(), output = parent.appendingPathComponent("site")
        defer { try? FileManager.default.removeItem(at: parent) }
        try AtomicOutput(output: output).write([try OutputFile(path: "same.txt", text: "same"), try OutputFile(path: "a/changed.txt", text: "one"),
                                                try OutputFile(path: "resized.txt", text: "short")])
        let same = inode(output, "same.txt"), changed = inode(output, "a/changed.txt"), resized = inode(output, "resized.txt")
        try AtomicOutput(output: output).write([try OutputFile(path: "same.txt", text: "same"), try OutputFile(path: "a/changed.txt", text: "two"),
                                                try OutputFile(path: "resized.txt", text: "longer")])
        #expect(inode(output, "same.txt") == same)
        #expect(inode(output, "a/changed.txt") != changed)
        #expect(inode(output, "resized.txt") != resized)
        #expect(read(output, "a/changed.txt") == "two")
        #expect(read(output, "resized.txt") == "longer")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    /// Old files are read in chunks: one past several chunks is linked only when it is equal to
    /// its last byte, and a link in the old site is never followed.
    @Test func largeFilesAreComparedToTheirLastByte() throws {
        let parent = temporaryFolder(), output = parent.appendingPathComponent("site")
        defer { try? FileManager.default.removeItem(at: parent) }
        let large = String(repeating: "Chỉ tiêu 2021–2025. ", count: 12_000)
        let file = { (path: String, text: String) in try OutputFile(path: path, text: text) }
        try AtomicOutput(output: output).write([try file("same.html", large), try file("last.html", large + "a"), try file("linked.html", "x")])
        try FileManager.default.removeItem(at: output.appendingPathComponent("linked.html"))
        try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("linked.html").path, withDestinationPath: "same.html")
        let same = inode(output, "same.html"), last = inode(output, "last.html")
        try AtomicOutput(output: output).write([try file("same.html", large), try file("last.html", large + "b"), try file("linked.html", large)])
        #expect(inode(output, "same.html") == same)
        #expect(inode(output, "last.html") != last)
        let rewritten = read(output, "last.html") == large + "b"
        #expect(rewritten, "the new last byte is written")
        var status = stat()
        #expect(lstat(output.appendingPathComponent("linked.html").path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG)
        #expect(inode(output, "linked.html") != same)
    }

    /// A killed build leaves its staging folder; the next build removes it, but never the folder
    /// of a build whose process still runs.
    @Test func leftoversOfKilledBuildsAreRemoved() throws {
        let parent = temporaryFolder(), output = parent.appendingPathComponent("site")
        defer { try? FileManager.default.removeItem(at: parent) }
        let dead = try deadProcessID()
        let leftovers = [".site.staging-\(dead)-A", ".site.old-\(dead)-B"], running = ".site.staging-1-C", unrelated = ".site.staging-notes"
        for name in leftovers + [running, unrelated] {
            try FileManager.default.createDirectory(at: parent.appendingPathComponent(name + "/x"), withIntermediateDirectories: true)
        }
        try AtomicOutput(output: output).write([try OutputFile(path: "index.html", text: "new")])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == [running, unrelated, "site"].sorted())
    }

    /// The id of a process that has ended: a child that exits at once, reaped.
    func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
