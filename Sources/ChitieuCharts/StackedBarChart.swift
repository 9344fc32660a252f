import ChitieuCore

/// A budget split by activity: one bar divided in proportion, each part coloured and hatched
/// differently so it reads in grey, and a legend that states every amount and share in words.
public struct StackedBarChart: Sendable {
    public struct Part: Sendable {
        public let label: String
        public let amount: Double

        public init(label: String, amount: Double) {
            self.label = label
            self.amount = amount
        }
    }

    public let id: String
    public let title: String
    public let parts: [Part]
    public let format: ValueFormat
    public let language: Language
    /// Sentences said before the generated description: a plain-language summary of the data.
    public let summary: String?

    public init(id: String, title: String, parts: [Part], format: ValueFormat = .currency, language: Language, summary: String? = nil) {
        self.id = id
        self.title = title
        self.parts = parts
        self.format = format
        self.language = language
        self.summary = summary
    }

    static let width = 640.0, barTop = 10.0, barHeight = 36.0, legendRow = 22.0

    var total: Double { parts.reduce(0) { $0 + max(0, $1.amount) } }

    func share(_ part: Part) -> Double { total > 0 ? max(0, part.amount) / total * 100 : 0 }

    var generatedDescription: String {
        let items = parts.map { "\($0.label) \(format.text(.value($0.amount), language)) (\(ValueFormat.percent.text(.value(share($0)), language)))" }
        return "\(ChartWords.stackedChart(language)): \(title). " + items.joined(separator: "; ")
            + ". \(ChartWords.total(language).capitalizedFirst) \(format.text(.value(total), language))."
    }

    public func svg() -> String {
        let height = Self.barTop + Self.barHeight + 16 + Double(parts.count + 1) * Self.legendRow
        let frame = ChartFrame(id: id, title: title, description: [summary, generatedDescription].compactMap { $0 }.joined(separator: " "), width: Self.width, height: height)
        return frame.wrap { svg in
            var x = 0.0
            for (index, part) in parts.enumerated() {
                let width = total > 0 ? max(0, part.amount) / total * Self.width : 0
                svg.rect(x: x, y: Self.barTop, width: width, height: Self.barHeight, fill: fill(index),
                         extra: [("stroke", "#ffffff"), ("stroke-width", "1")])
                x += width
            }
            legend(&svg)
        }
    }

    /// Solid for the first part, hatched in the next colours after it.
    func fill(_ index: Int) -> String { index == 0 ? ChartPalette.color(0) : "url(#\(id)-hatch-\(index % ChartPalette.series.count))" }

    func legend(_ svg: inout SVGWriter) {
        var y = Self.barTop + Self.barHeight + 16
        for (index, part) in parts.enumerated() {
            svg.rect(x: 0, y: y, width: 16, height: 16, fill: fill(index), extra: [("stroke", ChartPalette.muted), ("stroke-width", "1")])
            let label = LabelText.lines(part.label, width: 44).first ?? part.label
            svg.label(label, x: 24, y: y + 13, full: part.label)
            svg.label(format.text(.value(part.amount), language), x: 520, y: y + 13, anchor: "end")
            svg.label(ValueFormat.percent.text(.value(share(part)), language), x: Self.width, y: y + 13, anchor: "end")
            y += Self.legendRow
        }
        svg.label(ChartWords.total(language).capitalizedFirst, x: 24, y: y + 13, weight: "bold")
        svg.label(format.text(.value(total), language), x: 520, y: y + 13, anchor: "end", weight: "bold")
    }
}
