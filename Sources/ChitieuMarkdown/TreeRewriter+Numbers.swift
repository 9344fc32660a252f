import CCmarkGFM
import ChitieuCore

extension TreeRewriter {
    /// The numbers in the prose's text nodes, after roles were resolved (so quoted values are no
    /// longer text) and skipping code. Numbers glued to letters or slashes are names and dates
    /// (`47/KH-UBND`, `31/3/2021`, `QĐ-TTg`), not quantities.
    func writtenNumbers() -> [WrittenNumber] {
        document.nodes(of: [CMARK_NODE_TEXT]).flatMap { node -> [WrittenNumber] in
            let literal = CMarkNode.literal(node)
            guard literal.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
            return NumberScanner(literal).tokens().map { token in
                WrittenNumber(text: token.text, next: token.next, previous: token.previous,
                              location: location(of: node, offsetInLiteral: literal[..<token.start].utf8.count))
            }
        }
    }
}

/// Finds runs of digits with `.` or `,` between them in one text, with the word that follows.
struct NumberScanner {
    let text: String

    init(_ text: String) { self.text = text }

    func tokens() -> [(text: String, start: String.Index, next: String, previous: String)] {
        var found: [(String, String.Index, String, String)] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isASCII, text[index].isNumber else { index = text.index(after: index); continue }
            let start = index
            var end = index
            while end < text.endIndex, text[end].isASCII, text[end].isNumber || separatorBeforeDigit(at: end) { end = text.index(after: end) }
            if !glued(before: start, after: end) { found.append((String(text[start..<end]), start, word(after: end), word(before: start))) }
            index = end
        }
        return found
    }

    func separatorBeforeDigit(at index: String.Index) -> Bool {
        guard text[index] == "." || text[index] == "," else { return false }
        let next = text.index(after: index)
        return next < text.endIndex && text[next].isASCII && text[next].isNumber
    }

    func glued(before start: String.Index, after end: String.Index) -> Bool {
        let joins: (Character) -> Bool = { $0.isLetter || $0 == "/" || $0 == "_" }
        if start > text.startIndex, joins(text[text.index(before: start)]) { return true }
        return end < text.endIndex && joins(text[end])
    }

    func word(before start: String.Index) -> String {
        let head = text[..<start].reversed().drop { $0 == " " || $0 == "\u{a0}" }
        return String(head.prefix { $0.isLetter }.reversed()).lowercased()
    }

    /// `%`, or the next word after spaces (`triệu`, `million`, `người`).
    func word(after end: String.Index) -> String {
        var index = end
        while index < text.endIndex, text[index] == " " || text[index] == "\u{a0}" { index = text.index(after: index) }
        if index < text.endIndex, text[index] == "%" { return "%" }
        let rest = text[index...].prefix { $0.isLetter }
        return String(rest).lowercased()
    }
}
