/// A date without time or zone: plans are dated by day, and a build must not depend on the clock
/// or the machine's time zone.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless the day exists (leap years included).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO `YYYY-MM-DD`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String { iso }

    public var iso: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    public static func < (a: Self, b: Self) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// Day of the year, 1-based; with `daysInYear` it places a date inside a period.
    public var dayOfYear: Int {
        (1..<month).reduce(0) { $0 + Self.daysIn(month: $1, year: year) } + day
    }

    public var daysInYear: Int { Self.isLeap(year) ? 366 : 365 }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]

    /// "ngày 31 tháng 3 năm 2021" in Vietnamese (as documents are dated), "31 March 2021" in English.
    public func formatted(_ language: Language) -> String {
        switch language {
        case .vi: return "ngày \(day) tháng \(month) năm \(year)"
        case .en: return "\(day) \(Self.englishMonths[month - 1]) \(year)"
        }
    }

    /// "31/3/2021" in Vietnamese, "31 Mar 2021" in English: for tables.
    public func short(_ language: Language) -> String {
        switch language {
        case .vi: return "\(day)/\(month)/\(year)"
        case .en: return "\(day) \(Self.englishMonths[month - 1].prefix(3)) \(year)"
        }
    }
}
