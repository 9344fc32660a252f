import ChitieuCore

/// Yearly results as a line with every point labelled, and the target of each period as a step:
/// a dashed level across the years the period covers. A year with no result breaks the line.
public struct LineChart: Sendable {
    public struct Point: Sendable {
        public let year: Int
        public let value: ChartValue

        public init(year: Int, value: ChartValue) {
            self.year = year
            self.value = value
        }
    }

    public struct Step: Sendable {
        public let start: Int
        public let end: Int
        public let value: Double

        public init(start: Int, end: Int, value: Double) {
            self.start = start
            self.end = end
            self.value = value
        }
    }

    public let id: String
    public let title: String
    public let points: [Point]
    public let targets: [Step]
    public let format: ValueFormat
    public let language: Language
    /// Sentences said before the generated description: a plain-language summary of the data.
    public let summary: String?

    public init(id: String, title: String, points: [Point], targets: [Step], format: ValueFormat, language: Language, summary: String? = nil) {
        self.id = id
        self.title = title
        self.points = points.sorted { $0.year < $1.year }
        self.targets = targets
        self.format = format
        self.language = language
        self.summary = summary
    }

    static let width = 640.0, height = 300.0, left = 50.0, right = 600.0, top = 24.0, bottom = 260.0

    var generatedDescription: String {
        let results = points.map { "\($0.year) \(format.text($0.value, language))" }.joined(separator: ", ")
        let steps = targets.map { "\($0.start)–\($0.end) \(format.text(.value($0.value), language))" }.joined(separator: ", ")
        return (language == .vi ? "Biểu đồ đường: \(title). Kết quả: \(results). Mục tiêu: \(steps)."
                                : "Line chart: \(title). Results: \(results). Targets: \(steps).")
    }

    public func svg() -> String {
        let years = points.map(\.year) + targets.flatMap { [$0.start, $0.end] }
        let first = years.min() ?? 0, last = max(years.max() ?? 1, (years.min() ?? 0) + 1)
        let values = points.filter { !$0.value.isMissing }.flatMap { [$0.value.low, $0.value.high] } + targets.map(\.value)
        let scale = NiceScale(low: values.min() ?? 0, high: values.max() ?? 1)
        func x(_ year: Double) -> Double { Self.left + (year - Double(first)) / Double(last - first + 1) * (Self.right - Self.left) }
        func y(_ value: Double) -> Double { scale.position(value, from: Self.bottom, to: Self.top) }
        let frame = ChartFrame(id: id, title: title, description: [summary, generatedDescription].compactMap { $0 }.joined(separator: " "), width: Self.width, height: Self.height)
        return frame.wrap { svg in
            for tick in scale.ticks {
                svg.line(x1: Self.left, y1: y(tick), x2: Self.right, y2: y(tick), stroke: ChartPalette.grid)
                svg.label(format.number(tick, language), x: Self.left - 6, y: y(tick) + 4, anchor: "end", fill: ChartPalette.muted)
            }
            for year in first...last where (year - first) % max(1, (last - first + 1) / 8) == 0 {
                svg.label(String(year), x: x(Double(year)) + 6, y: Self.bottom + 18, anchor: "middle", fill: ChartPalette.muted)
            }
            for step in targets {
                svg.line(x1: x(Double(step.start)), y1: y(step.value), x2: x(Double(step.end + 1)), y2: y(step.value), stroke: ChartPalette.reference, width: 2, dash: "6 4")
                svg.label("\(language == .vi ? "mục tiêu" : "target") \(format.text(.value(step.value), language))", x: x(Double(step.start)), y: y(step.value) - 6, fill: ChartPalette.text)
            }
            line(&svg, x: x, y: y)
        }
    }

    /// Segments only between consecutive years that both have a value.
    func line(_ svg: inout SVGWriter, x: (Double) -> Double, y: (Double) -> Double) {
        var previous: Point?
        for point in points {
            let px = x(Double(point.year)) + 6
            if point.value.isMissing {
                svg.label("—", x: px, y: Self.bottom - 4, anchor: "middle", full: point.value.missingReason)
                previous = nil
                continue
            }
            if let before = previous, before.year == point.year - 1 {
                svg.line(x1: x(Double(before.year)) + 6, y1: y(before.value.low), x2: px, y2: y(point.value.low), stroke: ChartPalette.color(0), width: 2.5)
            }
            svg.element("circle", [("cx", SVGWriter.number(px)), ("cy", SVGWriter.number(y(point.value.low))), ("r", "4"), ("fill", ChartPalette.color(0))])
            svg.label(format.text(point.value, language), x: px, y: y(point.value.high) - 8, anchor: "middle")
            previous = point
        }
    }
}
