import ChitieuCore

/// Yearly results of many jurisdictions as a grid of small line panels, one per jurisdiction, on one
/// y scale and one span of years so the panels compare at a glance. Each panel draws its results as
/// a line and its targets as dashed steps, as `LineChart` does, under the jurisdiction's name with its
/// latest result labelled. The gridlines and year labels are drawn once in `<defs>` and reused by
/// every panel, so 63 panels cost far less than 63 line charts.
public struct SmallMultiples: Sendable {
    public struct Panel: Sendable {
        public let label: String
        public let points: [LineChart.Point]
        public let targets: [LineChart.Step]

        public init(label: String, points: [LineChart.Point], targets: [LineChart.Step]) {
            self.label = label
            self.points = points.sorted { $0.year < $1.year }
            self.targets = targets
        }
    }

    public let id: String
    public let title: String
    /// Drawn left to right, then top to bottom, in the order given.
    public let panels: [Panel]
    public let format: ValueFormat
    public let language: Language
    /// Sentences said before the generated description: a plain-language summary of the data.
    public let summary: String?

    public init(id: String, title: String, panels: [Panel], format: ValueFormat, language: Language, summary: String? = nil) {
        self.id = id
        self.title = title
        self.panels = panels
        self.format = format
        self.language = language
        self.summary = summary
    }

    var layout: Layout { Layout(panels: panels, format: format, language: language) }

    var generatedDescription: String {
        let vi = language == .vi
        let parts = panels.map { panel in
            let results = panel.points.map { "\($0.year) \(format.text($0.value, language))" }.joined(separator: ", ")
            let steps = panel.targets.map { "\($0.start)–\($0.end) \(format.text(.value($0.value), language))" }.joined(separator: ", ")
            return panel.label + ": " + (results.isEmpty ? ChartWords.noData(language) : results)
                + (steps.isEmpty ? "" : (vi ? "; mục tiêu " : "; targets ") + steps)
        }
        return (vi ? "Lưới biểu đồ đường, cùng thang đo: " : "Small multiples of line charts on one scale: ") + title + ". "
            + parts.joined(separator: ". ") + "."
    }

    public func svg() -> String {
        let layout = layout
        let frame = ChartFrame(id: id, title: title, description: [summary, generatedDescription].compactMap { $0 }.joined(separator: " "),
                               width: layout.width, height: layout.height)
        return frame.wrap(defs: { defs in shared(&defs, layout) }) { svg in
            key(&svg)
            for (index, panel) in panels.enumerated() { draw(panel, at: index, layout, &svg) }
        }
    }

    /// What every panel shares: the gridlines with the first and last year, and the tick values
    /// shown by the first column only.
    func shared(_ svg: inout SVGWriter, _ layout: Layout) {
        svg.open("g", [("id", "\(id)-grid")])
        for tick in layout.scale.ticks {
            svg.line(x1: 0, y1: layout.y(tick), x2: Layout.plotWidth, y2: layout.y(tick), stroke: ChartPalette.grid)
        }
        svg.label(String(layout.firstYear), x: 0, y: Layout.yearsBaseline, fill: ChartPalette.muted)
        if layout.lastYear != layout.firstYear {
            svg.label(String(layout.lastYear), x: Layout.plotWidth, y: Layout.yearsBaseline, anchor: "end", fill: ChartPalette.muted)
        }
        svg.close("g")
        svg.open("g", [("id", "\(id)-ticks")])
        for tick in layout.scale.ticks {
            svg.label(format.number(tick, language), x: -6, y: layout.y(tick) + 4, anchor: "end", fill: ChartPalette.muted)
        }
        svg.close("g")
    }

    /// One key for the whole grid instead of a legend per panel.
    func key(_ svg: inout SVGWriter) {
        let vi = language == .vi
        svg.line(x1: 8, y1: 12, x2: 32, y2: 12, stroke: ChartPalette.color(0), width: 2)
        svg.label(vi ? "kết quả hằng năm" : "yearly result", x: 38, y: 16)
        svg.line(x1: 190, y1: 12, x2: 214, y2: 12, stroke: ChartPalette.reference, width: 1.5, dash: "4 3")
        svg.label(vi ? "mục tiêu của giai đoạn" : "target of the period", x: 220, y: 16)
    }

    func draw(_ panel: Panel, at index: Int, _ layout: Layout, _ svg: inout SVGWriter) {
        let origin = layout.origin(index)
        svg.open("g", [("transform", "translate(\(SVGWriter.number(origin.x)) \(SVGWriter.number(origin.y)))")])
        svg.element("use", [("href", "#\(id)-grid")])
        if index % layout.columns == 0 { svg.element("use", [("href", "#\(id)-ticks")]) }
        svg.label(LabelText.single(panel.label, width: 22), x: 0, y: 13, weight: "bold", full: panel.label)
        if !panel.targets.isEmpty {
            // Every step of the panel in one dashed path: a move and a horizontal line each.
            let d = panel.targets.map { "M\(SVGWriter.number(layout.slotStart($0.start))) \(SVGWriter.number(layout.y($0.value)))H\(SVGWriter.number(layout.slotStart($0.end + 1)))" }
            svg.element("path", [("d", d.joined()), ("fill", "none"), ("stroke", ChartPalette.reference), ("stroke-width", "1.5"), ("stroke-dasharray", "4 3")])
        }
        if panel.points.allSatisfy(\.value.isMissing) {
            svg.label(ChartWords.noData(language), x: Layout.plotWidth / 2, y: (Layout.plotTop + Layout.plotBottom) / 2 + 4, anchor: "middle",
                      fill: ChartPalette.muted)
        }
        let last = panel.points.last { !$0.value.isMissing }
        for run in Self.runs(panel.points) {
            let x = run.map { layout.x($0.year) }, y = run.map { layout.y($0.value.low) }
            if run.count == 1 {
                // A year alone between gaps is a dot; the latest result gets its own, larger one below.
                if run[0].year != last?.year {
                    svg.element("circle", [("cx", SVGWriter.number(x[0])), ("cy", SVGWriter.number(y[0])), ("r", "2.5"), ("fill", ChartPalette.color(0))])
                }
                continue
            }
            let d = zip(x, y).enumerated().map { "\($0 == 0 ? "M" : "L")\(SVGWriter.number($1.0)) \(SVGWriter.number($1.1))" }.joined()
            svg.element("path", [("d", d), ("fill", "none"), ("stroke", ChartPalette.color(0)), ("stroke-width", "2")])
        }
        for point in panel.points where point.value.isMissing {
            svg.label("—", x: layout.x(point.year), y: Layout.plotBottom - 3, anchor: "middle", full: point.value.missingReason)
        }
        if let last {
            let x = layout.x(last.year), y = layout.y(last.value.low)
            svg.element("circle", [("cx", SVGWriter.number(x)), ("cy", SVGWriter.number(y)), ("r", "3"), ("fill", ChartPalette.color(0))])
            let text = format.text(last.value, language), labelY = max(layout.y(last.value.high) - 6, Layout.plotTop - 2)
            // A halo of the paper's colour under the label keeps it legible where a target step crosses it.
            svg.element("text", [("x", SVGWriter.number(x)), ("y", SVGWriter.number(labelY)), ("text-anchor", "end"), ("fill", "#ffffff"),
                                 ("stroke", "#ffffff"), ("stroke-width", "3"), ("stroke-linejoin", "round")], content: text)
            svg.label(text, x: x, y: labelY, anchor: "end")
        }
        svg.close("g")
    }

    /// The points with a value, cut into runs of consecutive years: a missing or absent year breaks the line.
    static func runs(_ points: [LineChart.Point]) -> [[LineChart.Point]] {
        var runs: [[LineChart.Point]] = []
        for point in points where !point.value.isMissing {
            if let last = runs.last?.last, last.year == point.year - 1 { runs[runs.count - 1].append(point) } else { runs.append([point]) }
        }
        return runs
    }

    /// Where the panels go and the one scale they share, decided from every panel's values. Five
    /// columns keep 63 panels to 13 rows while the names stay readable on a 60rem page.
    struct Layout {
        static let plotWidth = 150.0, gutter = 22.0, plotTop = 30.0, plotBottom = 90.0, yearsBaseline = 106.0, cellHeight = 120.0
        static let keyHeight = 30.0, maximumColumns = 5

        let columns: Int
        let rows: Int
        let firstYear: Int
        let lastYear: Int
        let scale: NiceScale
        /// Room left of the first column for the widest tick value.
        let margin: Double

        init(panels: [Panel], format: ValueFormat, language: Language) {
            columns = min(Self.maximumColumns, max(1, panels.count))
            rows = (panels.count + columns - 1) / columns
            let years = panels.flatMap { $0.points.map(\.year) + $0.targets.flatMap { [$0.start, $0.end] } }
            firstYear = years.min() ?? 0
            lastYear = years.max() ?? firstYear
            let values = panels.flatMap { panel in
                panel.points.filter { !$0.value.isMissing }.flatMap { [$0.value.low, $0.value.high] } + panel.targets.map(\.value)
            }
            scale = NiceScale(low: values.min() ?? 0, high: values.max() ?? 1, count: 3)
            let widest = scale.ticks.map { format.number($0, language).count }.max() ?? 1
            margin = 12 + 7.5 * Double(widest)
        }

        var width: Double { margin + Double(columns) * (Self.plotWidth + Self.gutter) }
        var height: Double { Self.keyHeight + Double(rows) * Self.cellHeight }

        func origin(_ index: Int) -> (x: Double, y: Double) {
            (margin + Double(index % columns) * (Self.plotWidth + Self.gutter), Self.keyHeight + Double(index / columns) * Self.cellHeight)
        }

        /// The left edge of a year's slot; a point sits in the middle of its slot and a step covers its years' slots.
        func slotStart(_ year: Int) -> Double { Double(year - firstYear) / Double(lastYear - firstYear + 1) * Self.plotWidth }
        func x(_ year: Int) -> Double { (Double(year - firstYear) + 0.5) / Double(lastYear - firstYear + 1) * Self.plotWidth }
        func y(_ value: Double) -> Double { scale.position(value, from: Self.plotBottom, to: Self.plotTop) }
    }
}
