import Foundation
import ChitieuCore

/// A span of whole years a figure belongs to: a plan period (`2021-2025`) or a single year (`2012`,
/// a one-year period). One type for both keeps every figure keyed the same way.
public struct Period: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let start: Int
    public let end: Int

    public enum ParseError: Error, Equatable, Sendable {
        case malformed
        case endsBeforeStart(start: Int, end: Int)
        case yearOutOfRange(Int)
    }

    public init(start: Int, end: Int) {
        precondition(start <= end, "a period ends after it starts")
        self.start = start
        self.end = end
    }

    public init(year: Int) {
        self.init(start: year, end: year)
    }

    /// Parses `YYYY`, `YYYY-YYYY` or `YYYY–YYYY` (en dash), with optional spaces around the dash.
    public static func parse(_ text: String) -> Result<Period, ParseError> {
        if let (start, end) = plainYears(text) { return ordered([start, end]) }
        return parseAnyForm(text)
    }

    /// Any form, with spaces and either dash.
    static func parseAnyForm(_ text: String) -> Result<Period, ParseError> {
        let trimmed = text.trimmingSpaces
        let pieces = trimmed.split(whereSeparator: { $0 == "-" || $0 == "–" }).map {
            $0.trimmingSpaces
        }
        let dashes = trimmed.filter { $0 == "-" || $0 == "–" }.count
        guard (pieces.count == 1 && dashes == 0) || (pieces.count == 2 && dashes == 1) else { return .failure(.malformed) }
        var years: [Int] = []
        for piece in pieces {
            guard piece.count == 4, piece.allSatisfy(\.isASCIIDigitCharacter), let year = Int(piece) else {
                return .failure(.malformed)
            }
            years.append(year)
            guard (1900...2200).contains(year) else { return .failure(.yearOutOfRange(year)) }
        }
        return ordered(years)
    }

    /// The years of `2012` or `2021-2025`, as data files write them, read off the bytes; nil for
    /// any other form, which the general parse reads. A single year is its own start and end.
    static func plainYears(_ text: String) -> (start: Int, end: Int)? {
        let utf8 = text.utf8
        guard utf8.count == 4 || utf8.count == 9 else { return nil }
        var start: Int?, year = 0, digits = 0
        for byte in utf8 {
            if byte == UInt8(ascii: "-"), digits == 4, start == nil {
                start = year
                year = 0
                digits = 0
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            year = year * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        guard digits == 4 else { return nil }
        return (start ?? year, year)
    }

    /// Years each in range, checked in order, then the end not before the start.
    static func ordered(_ years: [Int]) -> Result<Period, ParseError> {
        for year in years where !(1900...2200).contains(year) { return .failure(.yearOutOfRange(year)) }
        let start = years[0], end = years.last!
        guard start <= end else { return .failure(.endsBeforeStart(start: start, end: end)) }
        return .success(Period(start: start, end: end))
    }

    public var isYear: Bool { start == end }
    /// Length in years, counting both ends: 2021-2025 is five years.
    public var years: Int { end - start + 1 }

    /// The id form used in files and URLs: `2021-2025`, `2012`.
    public var description: String { isYear ? "\(start)" : "\(start)-\(end)" }
    /// The form for reading: `2021–2025` with an en dash.
    public var display: String { isYear ? "\(start)" : "\(start)–\(end)" }

    public func contains(year: Int) -> Bool { (start...end).contains(year) }
    public func contains(_ other: Period) -> Bool { start <= other.start && other.end <= end }

    public static func < (a: Period, b: Period) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

extension Character {
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
