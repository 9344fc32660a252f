import Foundation

/// CSV as spreadsheets read it (RFC 4180): fields quoted when they hold a comma, quote or line
/// break. A text field that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
/// `@`, tab or carriage return) is prefixed with `'` (CWE-1236); numbers are left alone.
public enum CSVText {
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    /// Bytes, not Characters: every cell of every download passes through here.
    public static func field(_ text: String) -> String {
        let utf8 = text.utf8
        let quoted = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        let risky = utf8.first.map { [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D].contains($0) } ?? false
        let neutralised = risky && !isPlainNumber(text)
        guard quoted || neutralised else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 4)
        if quoted { bytes.append(UInt8(ascii: "\"")) }
        if neutralised { bytes.append(UInt8(ascii: "'")) }
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        if quoted { bytes.append(UInt8(ascii: "\"")) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A signed decimal such as `-12.5`: what a spreadsheet reads as a number and never runs.
    /// `Double(_:)` is not the test, as it also takes `-inf`, `-nan` and `-0x1p3`.
    static func isPlainNumber(_ text: String) -> Bool {
        var digits = 0, points = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"): if index != 0 { return false }
            default: return false
            }
        }
        return digits > 0 && points <= 1 && text.utf8.last != UInt8(ascii: ".")
    }

    /// A number as data: plain digits, `.` for decimals, at most six of them, no grouping.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(Int64((value * 1_000_000).rounded()))
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        text = String(repeating: "0", count: max(0, 7 - text.count)) + text
        var fraction = String(text.suffix(6))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let whole = String(text.dropLast(6))
        return (negative ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }
}
