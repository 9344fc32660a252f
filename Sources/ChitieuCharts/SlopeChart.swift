import ChitieuCore

/// Targets or results from one period to the next for several jurisdictions: a line from the
/// left value to the right one, both labelled; a missing end leaves the line out and says so.
public struct SlopeChart: Sendable {
    public struct Item: Sendable {
        public let label: String
        public let from: ChartValue
        public let to: ChartValue

        public init(label: String, from: ChartValue, to: ChartValue) {
            self.label = label
            self.from = from
            self.to = to
        }
    }

    public let id: String
    public let title: String
    public let fromLabel: String
    public let toLabel: String
    public let items: [Item]
    public let format: ValueFormat
    public let language: Language
    /// Sentences said before the generated description: a plain-language summary of the data.
    public let summary: String?

    public init(id: String, title: String, fromLabel: String, toLabel: String, items: [Item], format: ValueFormat, language: Language, summary: String? = nil) {
        self.id = id
        self.title = title
        self.fromLabel = fromLabel
        self.toLabel = toLabel
        self.items = items
        self.format = format
        self.language = language
        self.summary = summary
    }

    static let width = 640.0, top = 34.0, plot = 220.0, leftX = 230.0, rightX = 410.0

    var generatedDescription: String {
        let lines = items.map { "\($0.label) \(format.text($0.from, language)) → \(format.text($0.to, language))" }
        return (language == .vi ? "Biểu đồ độ dốc: " : "Slope chart: ") + "\(title), \(fromLabel) → \(toLabel). " + lines.joined(separator: "; ") + "."
    }

    /// Label baselines moved apart so none overlaps (15 units at least), keeping their order.
    static func spread(_ positions: [Double]) -> [Double] {
        let order = positions.indices.sorted { (positions[$0], $0) < (positions[$1], $1) }
        var result = positions
        var previous = -Double.infinity
        for index in order {
            result[index] = max(positions[index], previous + 15)
            previous = result[index]
        }
        return result
    }

    public func svg() -> String {
        let values = items.flatMap { [$0.from, $0.to] }.filter { !$0.isMissing }.flatMap { [$0.low, $0.high] }
        let scale = NiceScale(low: values.min() ?? 0, high: values.max() ?? 1)
        let height = Self.top + Self.plot + 20 + Double(max(0, items.count - 1)) * 15
        func y(_ value: Double) -> Double { scale.position(value, from: Self.top + Self.plot, to: Self.top) }
        let frame = ChartFrame(id: id, title: title, description: [summary, generatedDescription].compactMap { $0 }.joined(separator: " "), width: Self.width, height: height)
        return frame.wrap { svg in
            svg.label(fromLabel, x: Self.leftX, y: 16, anchor: "middle", weight: "bold")
            svg.label(toLabel, x: Self.rightX, y: 16, anchor: "middle", weight: "bold")
            svg.line(x1: Self.leftX, y1: Self.top, x2: Self.leftX, y2: Self.top + Self.plot, stroke: ChartPalette.grid)
            svg.line(x1: Self.rightX, y1: Self.top, x2: Self.rightX, y2: Self.top + Self.plot, stroke: ChartPalette.grid)
            let bottom = Self.top + Self.plot + 14
            let lefts = Self.spread(items.map { $0.from.isMissing ? bottom : y($0.from.low) + 4 })
            let rights = Self.spread(items.map { $0.to.isMissing ? bottom : y($0.to.low) + 4 })
            for (index, item) in items.enumerated() {
                let color = ChartPalette.color(index)
                let dash = index % 2 == 0 ? nil : "5 3"
                if !item.from.isMissing && !item.to.isMissing {
                    svg.line(x1: Self.leftX, y1: y(item.from.low), x2: Self.rightX, y2: y(item.to.low), stroke: color, width: 2.5, dash: dash)
                }
                let name = LabelText.single(item.label, width: 22)
                svg.label("\(name) \(format.text(item.from, language))", x: Self.leftX - 8, y: lefts[index], anchor: "end", full: item.label)
                svg.label("\(format.text(item.to, language)) \(name)", x: Self.rightX + 8, y: rights[index], full: item.label)
            }
        }
    }
}
