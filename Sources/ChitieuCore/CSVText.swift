import Foundation

/// CSV as spreadsheets read it (RFC 4180): fields quoted when they hold a comma, quote or line
/// break. A text field that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
/// `@`, tab or carriage return) is prefixed with `'` (CWE-1236); numbers are left alone.
public enum CSVText {
    public static func line(_ fields: [String]) -> String {
        var line = ""
        for (index, text) in fields.enumerated() {
            if index > 0 { line += "," }
            line += field(text)
        }
        return line + "\n"
    }

    /// Bytes, not Characters, scanned in place: every cell of every download passes through here.
    public static func field(_ text: String) -> String {
        let (quoted, neutralised) = treatment(text)
        guard quoted || neutralised else { return text }
        var buffer = UTF8Buffer(capacity: text.utf8.count + 4)
        buffer.appendCSVField(text, quoted: quoted, neutralised: neutralised)
        return buffer.text
    }

    /// Whether a field must be quoted, and whether it must be kept from running as a formula.
    static func treatment(_ text: String) -> (quoted: Bool, neutralised: Bool) {
        let utf8 = text.utf8
        let special = { (byte: UInt8) in byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D }
        let quoted = utf8.withContiguousStorageIfAvailable { $0.contains(where: special) } ?? utf8.contains(where: special)
        let risky = switch utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
        return (quoted, risky && !isPlainNumber(text))
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
    /// Millionths are worked out as an integer where they fit in one; numbers too big for that
    /// (over nine trillion) are printed by `String(format:)` rather than overflow.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == value.rounded(), value.magnitude < 9e18 { return String(Int64(value)) }
        guard value.magnitude < 9e12 else { return trimmedFraction(String(format: "%.6f", value)) }
        let millionths = Int64((value * 1_000_000).rounded())
        let whole = millionths.magnitude / 1_000_000
        var fraction = millionths.magnitude % 1_000_000
        let sign = millionths < 0 ? "-" : ""
        guard fraction != 0 else { return sign + String(whole) }
        var places = 6
        while fraction % 10 == 0 {
            fraction /= 10
            places -= 1
        }
        let digits = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: places - digits.count) + digits
    }

    static func trimmedFraction(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var text = Substring(text)
        while text.last == "0" { text.removeLast() }
        if text.last == "." { text.removeLast() }
        return String(text)
    }
}

extension UTF8Buffer {
    /// A field as `CSVText.field` writes it, straight into the buffer.
    public mutating func appendCSVField(_ text: String) {
        let (quoted, neutralised) = CSVText.treatment(text)
        guard quoted || neutralised else { return append(text) }
        appendCSVField(text, quoted: quoted, neutralised: neutralised)
    }

    /// Fields separated by commas, ending the line.
    public mutating func appendCSVLine(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { append(",") }
            appendCSVField(field)
        }
        append("\n")
    }

    mutating func appendCSVField(_ text: String, quoted: Bool, neutralised: Bool) {
        if quoted { append(byte: UInt8(ascii: "\"")) }
        if neutralised { append(byte: UInt8(ascii: "'")) }
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { append(byte: byte) }
            append(byte: byte)
        }
        if quoted { append(byte: UInt8(ascii: "\"")) }
    }
}
