import ChitieuCore

/// One jurisdiction's targets across periods: a group per indicator, a bar per period (each period
/// its own colour and hatching), with the national target of that period as a tick on the bar.
public struct GroupedBarChart: Sendable {
    public struct Bar: Sendable {
        public let period: String
        public let value: ChartValue
        public let reference: Double?

        public init(period: String, value: ChartValue, reference: Double? = nil) {
            self.period = period
            self.value = value
            self.reference = reference
        }
    }

    public struct Group: Sendable {
        public let label: String
        public let bars: [Bar]

        public init(label: String, bars: [Bar]) {
            self.label = label
            self.bars = bars
        }
    }

    public let id: String
    public let title: String
    public let groups: [Group]
    public let format: ValueFormat
    public let language: Language
    /// Sentences said before the generated description: a plain-language summary of the data.
    public let summary: String?

    public init(id: String, title: String, groups: [Group], format: ValueFormat, language: Language, summary: String? = nil) {
        self.id = id
        self.title = title
        self.groups = groups
        self.format = format
        self.language = language
        self.summary = summary
    }

    static let width = 640.0, left = 10.0, right = 400.0, bar = 18.0, labelLine = 18.0

    var periods: [String] {
        var seen: [String] = []
        for group in groups { for bar in group.bars where !seen.contains(bar.period) { seen.append(bar.period) } }
        return seen
    }

    var generatedDescription: String {
        let items = groups.map { group in
            group.label + ": " + group.bars.map { "\($0.period) \(format.text($0.value, language))" }.joined(separator: ", ")
        }
        return (language == .vi ? "Biểu đồ cột nhóm: " : "Grouped bar chart: ") + title + ". " + items.joined(separator: "; ") + "."
    }

    public func svg() -> String {
        let height = groups.reduce(8.0) { $0 + Self.labelLine + Double($1.bars.count) * (Self.bar + 4) + 10 }
        let values = groups.flatMap(\.bars).filter { !$0.value.isMissing }.flatMap { [$0.value.high] + ($0.reference.map { [$0] } ?? []) }
        let scale = NiceScale(low: 0, high: values.max() ?? 1)
        let periods = self.periods
        let frame = ChartFrame(id: id, title: title, description: [summary, generatedDescription].compactMap { $0 }.joined(separator: " "), width: Self.width, height: height)
        return frame.wrap { svg in
            var y = 8.0
            for group in groups {
                svg.label(LabelText.single(group.label, width: 80), x: Self.left, y: y + 13, weight: "bold", full: group.label)
                y += Self.labelLine
                for bar in group.bars {
                    draw(&svg, bar, index: periods.firstIndex(of: bar.period) ?? 0, y: y, scale: scale)
                    y += Self.bar + 4
                }
                y += 10
            }
        }
    }

    func draw(_ svg: inout SVGWriter, _ bar: Bar, index: Int, y: Double, scale: NiceScale) {
        let x0 = Self.left + 80, end = scale.position(bar.value.high, from: x0, to: Self.right)
        svg.label(bar.period, x: x0 - 6, y: y + 13, anchor: "end", fill: ChartPalette.muted)
        guard !bar.value.isMissing else {
            svg.label("— \(bar.value.missingReason ?? ChartWords.noData(language))", x: x0 + 4, y: y + 13, fill: ChartPalette.muted)
            return
        }
        let fill = index == 0 ? ChartPalette.color(0) : "url(#\(id)-hatch-\(index % ChartPalette.series.count))"
        svg.rect(x: x0, y: y, width: end - x0, height: Self.bar, fill: fill, extra: [("stroke", ChartPalette.color(index)), ("stroke-width", "1")])
        if let reference = bar.reference {
            let x = scale.position(reference, from: x0, to: Self.right)
            svg.line(x1: x, y1: y - 3, x2: x, y2: y + Self.bar + 3, stroke: ChartPalette.reference, width: 2.5)
        }
        var text = format.text(bar.value, language)
        if let reference = bar.reference { text += " (\(ChartWords.reference(language)) \(format.text(.value(reference), language)))" }
        svg.label(text, x: max(end, bar.reference.map { scale.position($0, from: x0, to: Self.right) } ?? 0) + 6, y: y + 13)
    }
}
