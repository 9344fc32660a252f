import ChitieuCore
import Foundation

/// Reads one content file as UTF-8 text. Every way a file can be unusable (missing, unreadable,
/// empty, binary, too large, not UTF-8, a link out of the content folder) becomes one diagnostic.
struct ContentFileReader: Sendable {
    /// The content folder as the user named it; diagnostics print paths under it.
    let root: String
    /// Files larger than this are refused before reading: content files are hand-made and small.
    var maxBytes = 64 * 1024 * 1024

    /// The path to show in diagnostics for a file relative to the content folder.
    func displayPath(_ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: displayPath(relative))
    }

    /// The text of the file, or nil after logging why it can't be used.
    func read(_ relative: String, required: Bool = true, log: DiagnosticLog) -> String? {
        let path = displayPath(relative)
        // A file that exists but cannot be used is reported at its first line, so every such
        // diagnostic names a line; only a missing file has none.
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard FileManager.default.fileExists(atPath: path) else {
            if required { log.error(SourceLocation(file: path), "required file is missing", hint: "see docs/content-format.md for what it holds") }
            return nil
        }
        guard isInsideRoot(path) else {
            log.error(start, "file is a link that points outside the content folder", hint: "copy the file into the content folder instead of linking to it")
            return nil
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
            log.error(start, "file is \(size) bytes; the limit is \(maxBytes)", hint: "split it into several files")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            log.error(start, "file cannot be read", hint: "check its permissions")
            return nil
        }
        return decode(data, at: path, log: log)
    }

    func decode(_ data: Data, at path: String, log: DiagnosticLog) -> String? {
        let bytes = [UInt8](data)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            log.error(SourceLocation(file: path, line: 1, column: 1), "file is empty", hint: "add its content or remove the file")
            return nil
        }
        if let zero = bytes.firstIndex(of: 0) {
            let (line, column) = Self.position(of: zero, in: bytes)
            log.error(SourceLocation(file: path, line: line, column: column), "file is binary (it contains a NUL byte), not text")
            return nil
        }
        if let bad = Self.firstInvalidUTF8(bytes) {
            let (line, column) = Self.position(of: bad, in: bytes)
            log.error(SourceLocation(file: path, line: line, column: column), "file is not valid UTF-8",
                      hint: "save it as UTF-8 (files from Windows are often in Windows-1258)")
            return nil
        }
        var text = String(decoding: Self.unixLineEnds(bytes), as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// Windows (CR LF) and old Mac (CR) line ends become LF, so every reader counts lines alike:
    /// in Swift "\r\n" is one Character and would not split on "\n". On bytes, as a file's text
    /// is megabytes at national scale.
    static func unixLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x0D) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() where !(byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
            out.append(byte == 0x0D ? 0x0A : byte)
        }
        return out
    }

    func isInsideRoot(_ path: String) -> Bool {
        let resolvedRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return resolved == resolvedRoot || resolved.hasPrefix(resolvedRoot + "/")
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let prefix = bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count
        return (line, prefix + 1)
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
