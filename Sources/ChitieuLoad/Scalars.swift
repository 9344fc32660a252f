import Foundation
import ChitieuCore
import ChitieuModel
import Yams

/// Numbers, periods and stated quantities read from scalar text, with the mistakes people make in
/// spreadsheets (thousands separators, decimal commas, `60zz`) named in the message.
enum Scalars {
    enum NumberProblem: Error, Equatable {
        case notANumber(String)
        case notFinite(String)
        case separators(String, suggestion: String)
        /// `1e3` and `0012` are numbers to one YAML reader and text or octal to another: a figure
        /// is written the one way nobody misreads.
        case exponent(String, suggestion: String)
        case leadingZero(String, suggestion: String)
    }

    static func number(_ raw: String) -> Result<Double, NumberProblem> {
        if let value = plainNumber(raw) { return .success(value) }
        return checkedNumber(raw)
    }

    /// Any text, with each mistake named.
    static func checkedNumber(_ raw: String) -> Result<Double, NumberProblem> {
        let text = raw.trimmingSpaces
        let lower = text.lowercased()
        if ["nan", ".nan", "inf", ".inf", "-inf", "-.inf", "+inf", "infinity", "-infinity"].contains(lower) {
            return .failure(.notFinite(text))
        }
        let allowed = text.allSatisfy { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }
        if allowed, let value = Double(text) {
            guard value.isFinite else { return .failure(.notFinite(text)) }
            if text.contains(where: { $0 == "e" || $0 == "E" }) { return .failure(.exponent(text, suggestion: CSVText.number(value))) }
            if hasLeadingZero(text) { return .failure(.leadingZero(text, suggestion: CSVText.number(value))) }
            return .success(value)
        }
        let digitsAndSeparators = text.allSatisfy { $0.isASCII && ($0.isNumber || ",. ".contains($0)) }
        if digitsAndSeparators, text.contains(where: \.isNumber), text.contains(where: { ", ".contains($0) }) || text.filter({ $0 == "." }).count > 1 {
            return .failure(.separators(text, suggestion: separatorFree(text)))
        }
        return .failure(.notANumber(text))
    }

    /// `12`, `-0.25` or `2687000000` as data files write them, read without the checks below (as
    /// none of them applies): nil for anything else, and for a leading zero or a sign alone.
    static func plainNumber(_ text: String) -> Double? {
        var digits = 0, dots = 0, leadingZero = false, lastIsDigit = false
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where offset == 0:
                continue
            case UInt8(ascii: "."):
                guard dots == 0, lastIsDigit else { return nil }
                dots += 1
                lastIsDigit = false
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if digits == 1, dots == 0, leadingZero { return nil }
                if digits == 0, byte == UInt8(ascii: "0") { leadingZero = true }
                digits += 1
                lastIsDigit = true
            default:
                return nil
            }
        }
        guard lastIsDigit, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// `0012` or `-07.5`, but not `0`, `0.5` or `-0.25`.
    static func hasLeadingZero(_ text: String) -> Bool {
        let digits = text.drop { $0 == "+" || $0 == "-" }
        return digits.count > 1 && digits.first == "0" && digits.dropFirst().first?.isNumber == true
    }

    /// Guesses the plain number behind `2.687.000.000`, `2,687,000,000` or `12,5`.
    static func separatorFree(_ text: String) -> String {
        let compact = text.replacingOccurrences(of: " ", with: "")
        let commas = compact.filter { $0 == "," }.count, dots = compact.filter { $0 == "." }.count
        if dots > 1 || (dots == 1 && commas == 1 && compact.firstIndex(of: ".")! < compact.firstIndex(of: ",")!) {
            return compact.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        }
        if commas == 1 && dots == 0 && compact.split(separator: ",").last?.count != 3 {
            return compact.replacingOccurrences(of: ",", with: ".")
        }
        return compact.replacingOccurrences(of: ",", with: "")
    }

    static func message(_ problem: NumberProblem, what: String) -> (String, String?) {
        switch problem {
        case .notANumber(let text):
            return ("\(what) is '\(text)', which is not a number", "write a plain number such as 60 or 12.5")
        case .notFinite(let text):
            return ("\(what) is '\(text)', which is not a finite number", "NaN and infinity are not figures; leave the figure out instead")
        case .separators(let text, let suggestion):
            return ("\(what) is '\(text)', written with thousands or decimal separators",
                    "write numbers plainly with '.' for decimals: \(suggestion)")
        case .exponent(let text, let suggestion):
            return ("\(what) is '\(text)', written in exponent notation", "write the number out: \(suggestion)")
        case .leadingZero(let text, let suggestion):
            return ("\(what) is '\(text)', which starts with a zero", "write \(suggestion); some tools read a leading zero as octal")
        }
    }

    /// A range written `1-2`, `1000–2000` or `1 – 2`; nil when the text has no range dash.
    static func rangeParts(_ text: String) -> (String, String)? {
        let trimmed = text.trimmingSpaces
        guard let dash = trimmed.dropFirst().firstIndex(where: { $0 == "-" || $0 == "–" }) else { return nil }
        let low = String(trimmed[..<dash]), high = String(trimmed[trimmed.index(after: dash)...])
        return (low, high)
    }
}

extension NodeReader {
    func number(_ node: Node, _ what: String) -> Double? {
        guard let text = string(node, what) else { return nil }
        switch Scalars.number(text) {
        case .success(let value): return value
        case .failure(let problem):
            let (message, hint) = Scalars.message(problem, what: what)
            error(node, message, hint: hint)
            return nil
        }
    }

    func period(_ node: Node, _ what: String) -> Period? {
        guard let text = string(node, what) else { return nil }
        switch Period.parse(text) {
        case .success(let period): return period
        case .failure(.endsBeforeStart(let start, let end)):
            error(node, "\(what) '\(text)' ends (\(end)) before it starts (\(start))", hint: "write it as \(end)-\(start)?")
        case .failure(.yearOutOfRange(let year)):
            error(node, "\(what) '\(text)' has the year \(year), outside 1900–2200")
        case .failure(.malformed):
            error(node, "\(what) '\(text)' is not a period", hint: "write a year (2012) or a span of years (2021-2025)")
        }
        return nil
    }

    /// A number, or a range `low-high`, from one scalar; logs a low above its high.
    func quantity(_ node: Node, _ what: String) -> Quantity? {
        guard let text = string(node, what) else { return nil }
        if case .success(let value) = Scalars.number(text) { return .value(value) }
        guard let (lowText, highText) = Scalars.rangeParts(text) else { return number(node, what).map(Quantity.value) }
        let low = Scalars.number(lowText), high = Scalars.number(highText)
        guard case .success(let l) = low, case .success(let h) = high else {
            error(node, "\(what) '\(text)' is not a number or a range", hint: "write 60, or a range such as 1-2")
            return nil
        }
        return range(low: l, high: h, at: node, what)
    }

    func range(low: Double, high: Double, at node: Node, _ what: String) -> Quantity? {
        guard low <= high else {
            error(node, "\(what) is a range whose low (\(low.plain)) exceeds its high (\(high.plain))",
                  hint: "write the smaller number first")
            return nil
        }
        return .range(low, high)
    }
}

extension Double {
    /// The number as a person typed it: no `.0` on whole numbers.
    var plain: String {
        rounded() == self && abs(self) < 1e15 ? String(Int64(self)) : String(self)
    }
}
