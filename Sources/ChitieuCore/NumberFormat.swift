/// Locale number formatting done by hand: Vietnamese groups thousands with `.` and writes decimals
/// with `,` (2.687.000.000; 12,5), English the other way round. Doing it here keeps output identical
/// on every machine, whatever ICU data the platform has.
public struct NumberFormat: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    var groupSeparator: String { language == .vi ? "." : "," }
    var decimalSeparator: String { language == .vi ? "," : "." }

    /// A number with at most `maxFractionDigits` decimals, trailing zeros dropped, minus as `−`.
    public func format(_ value: Double, maxFractionDigits: Int = 2) -> String {
        guard value.isFinite else { return "—" }
        let digits = max(0, min(maxFractionDigits, 6))
        let scale = Self.powerOfTen(digits)
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e18 else { return value < 0 ? "−\(abs(value))" : "\(value)" }
        let units = UInt64(scaled)
        var text = grouped(units / UInt64(scale))
        var fraction = units % UInt64(scale), places = digits
        if fraction > 0 {
            while fraction % 10 == 0 { fraction /= 10; places -= 1 }
            let figures = String(fraction)
            text += decimalSeparator + String(repeating: "0", count: places - figures.utf8.count) + figures
        }
        return (value < 0 && units > 0) ? "−" + text : text
    }

    /// A whole number with thousands grouped; on bytes, as every value of every table passes here
    /// and walking its digits as Characters ran Unicode grapheme breaking on each.
    public func grouped(_ value: UInt64) -> String {
        let plain = String(value)
        guard value >= 1000 else { return plain }
        let digits = Array(plain.utf8), separator = language == .vi ? UInt8(ascii: ".") : UInt8(ascii: ",")
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + digits.count / 3)
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(separator) }
            out.append(digit)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `60%` in both languages (Vietnamese typesetting also writes it without a space).
    public func percent(_ value: Double, maxFractionDigits: Int = 1) -> String {
        format(value, maxFractionDigits: maxFractionDigits) + "%"
    }

    /// `2.687.000.000 ₫` in Vietnamese, `2,687,000,000 VND` in English.
    public func currency(_ value: Double, maxFractionDigits: Int = 0) -> String {
        format(value, maxFractionDigits: maxFractionDigits) + (language == .vi ? " ₫" : " VND")
    }

    /// A range `1.000–2.000`; the en dash is the same in both languages.
    public func range(_ low: Double, _ high: Double, maxFractionDigits: Int = 2) -> String {
        format(low, maxFractionDigits: maxFractionDigits) + "–" + format(high, maxFractionDigits: maxFractionDigits)
    }

    static func powerOfTen(_ digits: Int) -> Double {
        var result = 1.0
        for _ in 0..<digits { result *= 10 }
        return result
    }
}
