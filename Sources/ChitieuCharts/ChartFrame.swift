import Foundation
import ChitieuCore

/// What every chart shares: the `<svg>` with `role="img"`, a `<title>` and a `<desc>` in the page's
/// language, the patterns that tell series apart in grey, and a font with Vietnamese glyphs.
struct ChartFrame {
    let id: String
    let title: String
    let description: String
    let width: Double
    let height: Double

    /// `defs` draws what several parts of the chart reuse through `<use>`, into the chart's `<defs>`.
    func wrap(defs: ((inout SVGWriter) -> Void)? = nil, _ body: (inout SVGWriter) -> Void) -> String {
        var svg = SVGWriter()
        svg.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))"),
            ("width", "100%"), ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"), ("class", "chart"),
            ("font-family", "'Noto Sans', 'DejaVu Sans', sans-serif"), ("font-size", "13"),
        ])
        svg.element("title", [("id", "\(id)-title")], content: title)
        svg.element("desc", [("id", "\(id)-desc")], content: description)
        var drawn = SVGWriter()
        body(&drawn)
        // Only the hatchings the chart uses: a page of 60 line charts would otherwise carry 60
        // copies of every pattern.
        let used = drawn.hatchings(of: id)
        var shared = SVGWriter()
        defs?(&shared)
        if !used.isEmpty || !shared.isEmpty {
            svg.open("defs", [])
            for index in used { pattern(&svg, index: index, color: ChartPalette.color(index)) }
            svg.append(shared)
            svg.close("defs")
        }
        svg.append(drawn)
        svg.close("svg")
        return svg.text
    }

    /// Hatching per series: a range's uncertain part, and segments that must stay apart in grey.
    func pattern(_ svg: inout SVGWriter, index: Int, color: String) {
        svg.open("pattern", [("id", "\(id)-hatch-\(index)"), ("width", "6"), ("height", "6"),
                             ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(\(45 + 30 * index))")])
        svg.rect(x: 0, y: 0, width: 6, height: 6, fill: "#ffffff")
        svg.rect(x: 0, y: 0, width: 2 + Double(index % 3), height: 6, fill: color)
        svg.close("pattern")
    }
}

/// Splits a long name over at most two lines, shortening the second with "…"; the full name goes
/// in the label's `<title>`.
enum LabelText {
    static func lines(_ text: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        var first = "", rest = Substring(text)
        for word in text.split(separator: " ") {
            let candidate = first.isEmpty ? String(word) : first + " " + word
            guard candidate.count <= width else { break }
            first = candidate
        }
        if first.isEmpty { first = String(text.prefix(width - 1)) + "…"; return [first] }
        rest = text.dropFirst(first.count).drop { $0 == " " }
        let second = rest.count > width ? String(rest.prefix(width - 1)) + "…" : String(rest)
        return second.isEmpty ? [first] : [first, second]
    }

    /// One line, shortened with "…" when the text is longer.
    static func single(_ text: String, width: Int) -> String {
        text.count > width ? String(text.prefix(width - 1)).trimmingSpaces + "…" : text
    }
}

/// Axis ends and ticks at round numbers (1, 2, 2.5, 5 × 10ⁿ), so gridlines read naturally.
struct NiceScale {
    let minimum: Double
    let maximum: Double
    let ticks: [Double]

    init(low: Double, high: Double, count: Int = 5) {
        let low = min(low, 0), high = max(high, 0)
        let span = high - low > 0 ? high - low : 1
        let raw = span / Double(max(count, 1))
        let magnitude = pow10(floor(log10(raw)))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        minimum = (low / step).rounded(.down) * step
        maximum = (high / step).rounded(.up) * step
        var ticks: [Double] = []
        var tick = minimum
        while tick <= maximum + step / 1000 {
            ticks.append((tick / step).rounded() * step)
            tick += step
        }
        self.ticks = ticks
    }

    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        guard maximum > minimum else { return start }
        return start + (value - minimum) / (maximum - minimum) * (end - start)
    }
}

func pow10(_ exponent: Double) -> Double { exp(exponent * log(10)) }
