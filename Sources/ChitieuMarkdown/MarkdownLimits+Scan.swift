import ChitieuCore

extension MarkdownLimits {
    /// One pass over the UTF-8 bytes; every limit exceeded is one diagnostic at its line. Cheap by
    /// design: it runs on every narrative before cmark-gfm does.
    func scan(_ text: String, origin: SourceLocation) -> [Diagnostic] {
        func at(_ line: Int, _ column: Int = 1) -> SourceLocation {
            SourceLocation(file: origin.file, line: origin.line + line - 1, column: column)
        }
        let count = text.utf8.count
        if count > maxBytes {
            return [.error(at(1), "narrative is \(count) bytes; the limit is \(maxBytes)", hint: "split it into several documents")]
        }
        var scanner = LineScanner(limits: self)
        // By index over the contiguous bytes: iterating the UTF-8 view goes through generic
        // witnesses in an unoptimised build, which made the tests' half-megabyte inputs slow.
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                scanner.consume(bytes[index])
                index += 1
            }
        }
        scanner.endLine()
        var found = scanner.problems
        // The final end-of-line flush counts a line even after a trailing newline.
        let lines = scanner.line - 1 - (text.utf8.last == UInt8(ascii: "\n") ? 1 : 0)
        if lines > maxLines {
            found.append((maxLines + 1, 1, "narrative has \(lines) lines; the limit is \(maxLines)", "split it into several documents"))
        }
        if scanner.references > maxLinkReferences {
            found.append((1, 1, "narrative defines \(scanner.references) link references; the limit is \(maxLinkReferences)", nil))
        }
        return found.map { .error(at($0.line, $0.column), $0.message, hint: $0.hint) }
    }
}

/// The per-line state of the pre-scan. Reports at most one problem per line, into `problems`
/// rather than as a result per byte, which an unoptimised build would copy for every byte.
struct LineScanner {
    typealias Problem = (line: Int, column: Int, message: String, hint: String?)
    static let special: [Bool] = (0..<256).map { "[!>-_*`<()".utf8.contains(UInt8($0)) }

    let limits: MarkdownLimits
    var line = 1, length = 0, previous: UInt8 = 0, run = 0, nesting = 0, leading = true
    var pipes = 0, tableCells = 0, autolinks = 0, references = 0
    var reported = false
    /// Bytes since the last blank line, and the line the block started on.
    var blockBytes = 0, blockStart = 1, blockReported = false
    /// Recent bytes, for spotting `www.` and `http` and a link reference's `]:`.
    var window: UInt32 = 0
    var referenceState = 0
    var problems: [Problem] = []

    init(limits: MarkdownLimits) {
        self.limits = limits
    }

    mutating func consume(_ byte: UInt8) {
        if byte == 0x0A { return endLine() }  // "\n"
        length += 1
        window = window << 8 | UInt32(byte)
        if leading && (byte == 0x20 || byte == 0x3E || byte == 0x09) {
            nesting += byte == 0x20 ? 1 : 4
        } else {
            if leading && byte == 0x5B && nesting <= 3 { referenceState = 1 }  // "["
            leading = false
        }
        if referenceState == 1 && window & 0xFFFF == 0x5D3A { referenceState = 2 }  // "]:"
        if byte == 0x7C { pipes += 1 }  // "|"
        if window == 0x7777_772E || window == 0x6874_7470 { autolinks += 1 }  // "www." "http"
        run = byte == previous && Self.special[Int(byte)] ? run + 1 : 1
        previous = byte
        guard !reported else { return }
        check(column: length)
    }

    mutating func check(column: Int) {
        // Runs for every byte: the common case, nothing over a limit, decides without building
        // any message.
        guard length > limits.maxLineLength || run > limits.maxRun || nesting > limits.maxNesting * 4 || pipes > limits.maxTableColumns
            || tableCells + pipes > limits.maxTableCells || autolinks > limits.maxAutolinksPerLine else { return }
        var problem: (String, String)?
        if length > limits.maxLineLength {
            problem = ("line is longer than \(limits.maxLineLength) bytes", "break the line")
        } else if run > limits.maxRun {
            problem = ("line has a run of more than \(limits.maxRun) '\(Character(Unicode.Scalar(previous)))' characters", "no narrative needs this many; shorten the run")
        } else if nesting > limits.maxNesting * 4 {
            problem = ("line is nested more than \(limits.maxNesting) levels deep", "flatten the list or quote")
        } else if pipes > limits.maxTableColumns {
            problem = ("a table row has more than \(limits.maxTableColumns) columns", "split the table")
        } else if tableCells + pipes > limits.maxTableCells {
            problem = ("a table has more than \(limits.maxTableCells) cells", "split the table")
        } else if autolinks > limits.maxAutolinksPerLine {
            problem = ("line has more than \(limits.maxAutolinksPerLine) web addresses", "put them in a list or a table")
        }
        guard let (message, hint) = problem else { return }
        // A line over a limit is the block's problem too: a 20,000-byte line is also a block
        // over its limit, and one diagnostic says it.
        reported = true
        blockReported = true
        problems.append((line, column, message, hint))
    }

    mutating func endLine() {
        if !reported { check(column: 1) }
        if length == 0 {
            blockBytes = 0
            blockStart = line + 1
            blockReported = false
        } else {
            blockBytes += length + 1
            if !reported, !blockReported, blockBytes > limits.maxBlockBytes {
                blockReported = true
                problems.append((blockStart, 1, "a paragraph or table of more than \(limits.maxBlockBytes) bytes starts here",
                                 "separate paragraphs with blank lines; split long tables"))
            }
        }
        tableCells = pipes > 0 ? tableCells + pipes : 0
        if referenceState == 2 { references += 1 }
        line += 1
        length = 0; previous = 0; run = 0; nesting = 0; leading = true; pipes = 0; autolinks = 0
        reported = false; window = 0; referenceState = 0
    }
}
