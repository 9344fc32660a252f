import ChitieuCore

/// Jurisdictions for one indicator and period, with the national target as a reference line.
/// Values are labelled at the bar's end; a range's uncertain part is hatched, a bound carries ≥ or ≤
/// and an open-ended arrow, and a missing value is a gap with its reason written in.
public struct HorizontalBarChart: Sendable {
    public struct Bar: Sendable {
        public let label: String
        public let value: ChartValue
        /// Drawn in the highlight colour (the jurisdiction whose page this is).
        public let highlighted: Bool

        public init(label: String, value: ChartValue, highlighted: Bool = false) {
            self.label = label
            self.value = value
            self.highlighted = highlighted
        }
    }

    public let id: String
    public let title: String
    public let bars: [Bar]
    /// The national target: a line, or a band when it is a range.
    public let reference: ChartValue?
    public let format: ValueFormat
    public let language: Language
    /// Sentences said before the generated description: a plain-language summary of the data.
    public let summary: String?

    public init(id: String, title: String, bars: [Bar], reference: ChartValue? = nil, format: ValueFormat, language: Language, summary: String? = nil) {
        self.id = id
        self.title = title
        self.bars = bars
        self.reference = reference
        self.format = format
        self.language = language
        self.summary = summary
    }

    static let width = 640.0, labelWidth = 190.0, valueWidth = 110.0, row = 34.0, top = 30.0, bottom = 28.0

    /// The chart in words, for its `<desc>` when the caller gives none.
    var generatedDescription: String {
        let values = bars.map { "\($0.label) \($0.value.isMissing ? ChartWords.noData(language) : format.text($0.value, language))" }
        var text = "\(ChartWords.barChart(language)): \(title). " + values.joined(separator: "; ") + "."
        if let reference, !reference.isMissing { text += " \(ChartWords.reference(language).capitalizedFirst) \(format.text(reference, language))." }
        return text
    }

    public func svg() -> String {
        let height = Self.top + Double(bars.count) * Self.row + Self.bottom
        let values = bars.filter { !$0.value.isMissing }.flatMap { [$0.value.low, $0.value.high] }
            + (reference.flatMap { $0.isMissing ? nil : [$0.low, $0.high] } ?? [])
        let scale = NiceScale(low: values.min() ?? 0, high: values.max() ?? 1)
        let left = Self.labelWidth, right = Self.width - Self.valueWidth
        let frame = ChartFrame(id: id, title: title, description: [summary, generatedDescription].compactMap { $0 }.joined(separator: " "), width: Self.width, height: height)
        return frame.wrap { svg in
            grid(&svg, scale, left, right, height)
            for (index, bar) in bars.enumerated() {
                draw(&svg, bar, y: Self.top + Double(index) * Self.row, scale: scale, left: left, right: right)
            }
            if let reference, !reference.isMissing { referenceLine(&svg, reference, scale, left, right, height) }
        }
    }

    func grid(_ svg: inout SVGWriter, _ scale: NiceScale, _ left: Double, _ right: Double, _ height: Double) {
        for tick in scale.ticks {
            let x = scale.position(tick, from: left, to: right)
            svg.line(x1: x, y1: Self.top - 6, x2: x, y2: height - Self.bottom + 4, stroke: tick == 0 ? ChartPalette.muted : ChartPalette.grid)
            svg.label(format.number(tick, language), x: x, y: height - 8, anchor: "middle", fill: ChartPalette.muted)
        }
    }

    func draw(_ svg: inout SVGWriter, _ bar: Bar, y: Double, scale: NiceScale, left: Double, right: Double) {
        let lines = LabelText.lines(bar.label, width: 26)
        for (offset, line) in lines.enumerated() {
            let baseline = y + (lines.count == 1 ? 20 : 13 + Double(offset) * 14)
            svg.label(line, x: left - 8, y: baseline, anchor: "end", weight: bar.highlighted ? "bold" : nil, full: bar.label)
        }
        let zero = scale.position(0, from: left, to: right)
        guard !bar.value.isMissing else {
            svg.label("— \(bar.value.missingReason ?? ChartWords.noData(language))", x: zero + 6, y: y + 20, fill: ChartPalette.muted)
            return
        }
        let color = bar.highlighted ? ChartPalette.highlight : ChartPalette.color(0)
        let low = scale.position(bar.value.low, from: left, to: right), high = scale.position(bar.value.high, from: left, to: right)
        svg.rect(x: min(zero, low), y: y + 6, width: abs(low - zero), height: 20, fill: color)
        if bar.value.isRange {
            let hatch = bar.highlighted ? 1 : 0
            svg.rect(x: min(low, high), y: y + 6, width: abs(high - low), height: 20, fill: "url(#\(id)-hatch-\(hatch))",
                     extra: [("stroke", color), ("stroke-width", "1")])
        }
        var end = max(low, high, zero)
        if bar.value.bound != .exact {
            let direction = bar.value.bound == .atLeast ? 1.0 : -1.0
            let tip = low + direction * 14
            svg.element("path", [("d", "M\(SVGWriter.number(low)) \(SVGWriter.number(y + 16))H\(SVGWriter.number(tip))m\(SVGWriter.number(-direction * 5)) -5l\(SVGWriter.number(direction * 5)) 5l\(SVGWriter.number(-direction * 5)) 5"),
                                 ("stroke", ChartPalette.text), ("stroke-width", "1.5"), ("fill", "none")])
            end = max(end, tip)
        }
        svg.label(format.text(bar.value, language), x: end + 6, y: y + 20, weight: bar.highlighted ? "bold" : nil)
    }

    /// A dashed line at the national target; for a range, a shaded band between dashed edges, so
    /// the chart never shows a midpoint the source does not state.
    func referenceLine(_ svg: inout SVGWriter, _ value: ChartValue, _ scale: NiceScale, _ left: Double, _ right: Double, _ height: Double) {
        let low = scale.position(value.low, from: left, to: right), high = scale.position(value.high, from: left, to: right)
        if value.isRange {
            svg.rect(x: low, y: Self.top - 10, width: high - low, height: height - Self.bottom + 14 - Self.top, fill: "#1a1a1a",
                     extra: [("fill-opacity", "0.08")])
        }
        for x in value.isRange ? [low, high] : [low] {
            svg.line(x1: x, y1: Self.top - 10, x2: x, y2: height - Self.bottom + 4, stroke: ChartPalette.reference, width: 2, dash: "6 4")
        }
        let x = (low + high) / 2
        let text = "\(ChartWords.reference(language)): \(format.text(value, language))"
        svg.label(text, x: min(max(x, left + 90), right), y: Self.top - 14, anchor: "middle", weight: "bold")
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
