import ChitieuCore

/// Jurisdictions × indicators, each cell coloured by its gap to the national target (blue above,
/// orange below, grey equal), with the value and a ▲/▼/= sign printed so colour is never the only cue.
public struct HeatTable: Sendable {
    public struct Cell: Sendable {
        public let value: ChartValue
        /// Target minus national target, in the indicator's direction (positive is better); nil when unknown.
        public let gap: Double?
        public let format: ValueFormat

        public init(value: ChartValue, gap: Double?, format: ValueFormat) {
            self.value = value
            self.gap = gap
            self.format = format
        }
    }

    public let id: String
    public let title: String
    public let columns: [String]
    public let rows: [(label: String, cells: [Cell])]
    public let language: Language
    /// Sentences said before the generated description: a plain-language summary of the data.
    public let summary: String?

    public init(id: String, title: String, columns: [String], rows: [(label: String, cells: [Cell])], language: Language, summary: String? = nil) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
        self.language = language
        self.summary = summary
    }

    static let labelWidth = 170.0, cellWidth = 136.0, cellHeight = 30.0, header = 46.0

    var generatedDescription: String {
        let lines = rows.map { row in
            row.label + ": " + zip(columns, row.cells).map { "\($0) \($1.format.text($1.value, language))" }.joined(separator: ", ")
        }
        return (language == .vi ? "Bảng màu theo chênh lệch với mục tiêu quốc gia: " : "Heat table of gaps to the national target: ")
            + title + ". " + lines.joined(separator: "; ") + "."
    }

    /// Light fills keep the dark text above 4.5:1; the sign carries the meaning in grey print.
    static func fill(_ gap: Double?) -> (String, String) {
        guard let gap else { return ("#ffffff", "") }
        if gap > 0 { return (gap >= 15 ? "#a9cfee" : "#d6e9f8", "▲ ") }
        if gap < 0 { return (gap <= -15 ? "#f5b994" : "#fbe0cf", "▼ ") }
        return ("#ececec", "= ")
    }

    public func svg() -> String {
        let width = Self.labelWidth + Double(columns.count) * Self.cellWidth
        let height = Self.header + Double(rows.count) * Self.cellHeight + 4
        let frame = ChartFrame(id: id, title: title, description: [summary, generatedDescription].compactMap { $0 }.joined(separator: " "), width: width, height: height)
        return frame.wrap { svg in
            for (index, column) in columns.enumerated() {
                let lines = LabelText.lines(column, width: 17)
                for (offset, line) in lines.enumerated() {
                    svg.label(line, x: Self.labelWidth + (Double(index) + 0.5) * Self.cellWidth, y: 16 + Double(offset) * 14, anchor: "middle", weight: "bold", full: column)
                }
            }
            for (rowIndex, row) in rows.enumerated() {
                let y = Self.header + Double(rowIndex) * Self.cellHeight
                svg.label(LabelText.single(row.label, width: 22), x: Self.labelWidth - 8, y: y + 20, anchor: "end", full: row.label)
                for (index, cell) in row.cells.enumerated() {
                    let (color, sign) = Self.fill(cell.gap)
                    let x = Self.labelWidth + Double(index) * Self.cellWidth
                    svg.rect(x: x + 1, y: y + 1, width: Self.cellWidth - 2, height: Self.cellHeight - 2, fill: color,
                             extra: [("stroke", ChartPalette.grid), ("stroke-width", "1")])
                    let text = cell.value.isMissing ? "—" : sign + cell.format.text(cell.value, language)
                    svg.label(text, x: x + Self.cellWidth / 2, y: y + 20, anchor: "middle", full: cell.value.missingReason)
                }
            }
        }
    }
}
