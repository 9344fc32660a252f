@testable import ChitieuCharts
import Foundation
import Testing

/// Coordinates as SVG text: at most two decimals, the same text as printing the rounded Double
/// and cutting it after two decimals, and no trap on a value no drawing should have.
struct SVGNumberTests {
    /// Rounding to hundredths and printing the Double: what `number` must agree with.
    static func printed(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 3 {
            text = String(text[...text.index(dot, offsetBy: 2)])
        }
        return text
    }

    @Test func coordinatesAgreeWithTheRoundedDouble() {
        var values: [Double] = [0, -0.0, -0.004, -0.005, 0.005, 0.07, 0.1, 12.3, -12.34, 640, 99.995, 1e8 + 0.25, 999_999_999.99]
        var seed: UInt64 = 0x5F6
        for _ in 0..<20_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let unit = Double(seed >> 11) / Double(1 << 53) - 0.5
            values.append(unit * [1, 100, 1e3, 1e6, 1.9e9][Int(seed % 5)])
        }
        for value in values { #expect(SVGWriter.number(value) == Self.printed(value), "\(value)") }
    }

    @Test func hugeAndInfiniteValuesArePrintedNotTrapped() {
        #expect(SVGWriter.number(2e9) == "2000000000")
        #expect(SVGWriter.number(-1e20) == "-1e+20")
        #expect(SVGWriter.number(.infinity) == "inf")
        #expect(SVGWriter.number(.nan) == "nan")
    }
}
