import ChitieuCore

/// A result against its target and the national target: a bar for the result, a thick mark for
/// the target and a thin dashed one for the national target, all three written out.
public struct BulletChart: Sendable {
    public struct Row: Sendable {
        public let label: String
        public let result: ChartValue
        public let target: Double?
        public let national: Double?

        public init(label: String, result: ChartValue, target: Double?, national: Double? = nil) {
            self.label = label
            self.result = result
            self.target = target
            self.national = national
        }
    }

    public let id: String
    public let title: String
    public let rows: [Row]
    public let format: ValueFormat
    public let language: Language
    /// Sentences said before the generated description: a plain-language summary of the data.
    public let summary: String?

    public init(id: String, title: String, rows: [Row], format: ValueFormat, language: Language, summary: String? = nil) {
        self.id = id
        self.title = title
        self.rows = rows
        self.format = format
        self.language = language
        self.summary = summary
    }

    static let width = 640.0, left = 200.0, right = 600.0, row = 52.0

    var words: (result: String, target: String) {
        language == .vi ? ("kết quả", "mục tiêu") : ("result", "target")
    }

    var generatedDescription: String {
        let items = rows.map { row in
            var text = "\(row.label): \(words.result) \(format.text(row.result, language))"
            if let target = row.target { text += ", \(words.target) \(format.text(.value(target), language))" }
            if let national = row.national { text += ", \(ChartWords.reference(language)) \(format.text(.value(national), language))" }
            return text
        }
        return (language == .vi ? "Biểu đồ kết quả so với mục tiêu: " : "Bullet chart: ") + title + ". " + items.joined(separator: "; ") + "."
    }

    public func svg() -> String {
        let values = rows.flatMap { row in (row.result.isMissing ? [] : [row.result.high]) + [row.target, row.national].compactMap { $0 } }
        let scale = NiceScale(low: 0, high: values.max() ?? 1)
        let height = Double(rows.count) * Self.row + 10
        let frame = ChartFrame(id: id, title: title, description: [summary, generatedDescription].compactMap { $0 }.joined(separator: " "), width: Self.width, height: height)
        return frame.wrap { svg in
            for (index, row) in rows.enumerated() { draw(&svg, row, y: 6 + Double(index) * Self.row, scale: scale) }
        }
    }

    func draw(_ svg: inout SVGWriter, _ row: Row, y: Double, scale: NiceScale) {
        func x(_ value: Double) -> Double { scale.position(value, from: Self.left, to: Self.right) }
        svg.label(LabelText.single(row.label, width: 26), x: Self.left - 8, y: y + 16, anchor: "end", full: row.label)
        svg.rect(x: Self.left, y: y + 4, width: Self.right - Self.left, height: 18, fill: "#eef0f3")
        if row.result.isMissing {
            svg.label("— \(row.result.missingReason ?? ChartWords.noData(language))", x: Self.left + 6, y: y + 17, fill: ChartPalette.muted)
        } else {
            svg.rect(x: Self.left, y: y + 8, width: x(row.result.low) - Self.left, height: 10, fill: ChartPalette.color(0))
            if row.result.isRange {
                svg.rect(x: x(row.result.low), y: y + 8, width: x(row.result.high) - x(row.result.low), height: 10, fill: "url(#\(id)-hatch-0)")
            }
        }
        if let target = row.target { svg.line(x1: x(target), y1: y + 1, x2: x(target), y2: y + 25, stroke: ChartPalette.text, width: 3) }
        if let national = row.national { svg.line(x1: x(national), y1: y + 1, x2: x(national), y2: y + 25, stroke: ChartPalette.highlight, width: 2, dash: "3 2") }
        var text = "\(words.result) \(format.text(row.result, language))"
        if let target = row.target { text += " · \(words.target) \(format.text(.value(target), language))" }
        if let national = row.national { text += " · \(ChartWords.reference(language)) \(format.text(.value(national), language))" }
        svg.label(text, x: Self.left, y: y + 40, fill: ChartPalette.muted)
    }
}
