import ChitieuCore
import Foundation
import Testing

/// Numbers as data: the same text as rounding to millionths and printing the integer, for any size.
struct CSVTextTests {
    /// The millionths written out digit by digit, as strings: what `number` must agree with.
    static func written(_ value: Double) -> String {
        var text = String(Int64((value * 1_000_000).rounded()))
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        text = String(repeating: "0", count: max(0, 7 - text.count)) + text
        var fraction = String(text.suffix(6))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (negative ? "-" : "") + text.dropLast(6) + (fraction.isEmpty ? "" : "." + fraction)
    }

    @Test func numbersAgreeWithTheirMillionths() {
        var values: [Double] = [0, -0.0, 0.5, -0.5, 0.000001, -0.000001, 0.0000004, 12.5, -12.345678, 2_687_000_000, 1e12 + 0.25, 99.9999995]
        var seed: UInt64 = 0xC5F
        for _ in 0..<20_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let unit = Double(seed >> 11) / Double(1 << 53) - 0.5
            values.append(unit * [1, 100, 1e4, 1e8, 1e12][Int(seed % 5)])
        }
        for value in values { #expect(CSVText.number(value) == Self.written(value), "\(value)") }
    }

    @Test func hugeAndOddNumbersArePrintedNotTrapped() {
        #expect(CSVText.number(1e16) == "10000000000000000")
        #expect(CSVText.number(-3e18) == "-3000000000000000000")
        #expect(CSVText.number(1e20) == "100000000000000000000")
        #expect(CSVText.number(9.5e12 + 0.5) == "9500000000000.5")
        #expect(CSVText.number(.infinity) == "inf" && CSVText.number(.nan) == "nan")
    }

    @Test func linesQuoteWhatNeedsIt() {
        #expect(CSVText.line(["a", "b,c", "say \"hi\"", "", "=1+1"]) == "a,\"b,c\",\"say \"\"hi\"\"\",,'=1+1\n")
        #expect(CSVText.line([]) == "\n")
    }
}
