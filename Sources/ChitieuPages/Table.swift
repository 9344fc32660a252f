import Foundation
import ChitieuCompute
import ChitieuModel
import ChitieuCore

/// A data table as the theme renders it: a caption, column headers with scope, a header cell per
/// row, right-aligned numbers, and the CSV of exactly its rows offered for download.
public struct Table: Sendable {
    public struct Column: Sendable {
        public let text: String
        public let numeric: Bool
    }

    public struct Cell: Sendable {
        public let text: String
        public let href: String?
        public let numeric: Bool
        /// Extra classes, e.g. `gap-below`, so colour follows meaning the text also states.
        public let cssClass: String
        /// Why a value is missing, or what it rests on; shown as a title and a note marker.
        public let note: String?
        /// The raw value for the CSV download.
        public let csv: String
        /// The class attribute, `num` first: stored because templates see stored properties only.
        public let classes: String
        /// The number the sorting script orders by, written as `data-sort`: the text is formatted
        /// per language (`2.687.000`, `12,5`) and a script should not parse it back.
        public let sortValue: Double?

        public init(text: String, href: String? = nil, numeric: Bool = false, cssClass: String = "", note: String? = nil, csv: String? = nil,
                    sortValue: Double? = nil) {
            self.text = text
            self.href = href
            self.numeric = numeric
            self.cssClass = cssClass
            self.note = note
            self.csv = csv ?? text
            self.sortValue = sortValue
            classes = numeric ? (cssClass.isEmpty ? "num" : "num " + cssClass) : cssClass
        }

        /// The same cell with another note, e.g. the gap a coloured cell stands for.
        public func noted(_ note: String) -> Cell {
            Cell(text: text, href: href, numeric: numeric, cssClass: cssClass, note: note, csv: csv, sortValue: sortValue)
        }
    }

    public struct Row: Sendable {
        public let header: Cell
        public let cells: [Cell]
    }

    public let id: String
    public let caption: String
    public let columns: [Column]
    public let rows: [Row]
    /// The `<tr>` of every row, escaped, made once here: a national site's tables have hundreds of
    /// thousands of cells, and a template section per cell cost most of a build. A theme may still
    /// iterate `rows` itself.
    public let bodyHTML: String
    /// The header row's `<th>`s, escaped, made here for the same reason: a template section per
    /// column was most of the contexts templates made.
    public let headHTML: String
    /// The download's href, set when the page is placed.
    public var csvHref: String = ""
    public var csvPath: String = ""
    public var notes: [String] = []
    /// An SVG chart of the same rows, drawn above the table; empty for none.
    public var chart: String = ""
    /// The chart as a file of its own beside the page (its data is the table's CSV); set when placed.
    public var chartHref: String = ""
    public var chartPath: String = ""

    public init(id: String, caption: String, columns: [Column], rows: [Row]) {
        self.id = id
        self.caption = caption
        self.columns = columns
        self.rows = rows
        var body = UTF8Buffer(capacity: rows.count * 400)
        for row in rows { Self.append(row, to: &body) }
        bodyHTML = body.text
        var head = UTF8Buffer(capacity: columns.count * 40)
        for column in columns {
            head.append(column.numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
            head.appendHTMLEscaped(column.text)
            head.append("</th>")
        }
        headHTML = head.text
    }

    /// Rows and cells are appended as bytes to the table's one buffer: a string per cell, joined
    /// per row and again per table, copied each value three times.
    static func append(_ row: Row, to html: inout UTF8Buffer) {
        html.append("<tr>")
        append(row.header, header: true, to: &html)
        for cell in row.cells { append(cell, header: false, to: &html) }
        html.append("</tr>\n")
    }

    static func append(_ cell: Cell, header: Bool, to html: inout UTF8Buffer) {
        html.append(header ? "<th scope=\"row\"" : "<td")
        if !cell.classes.isEmpty {
            html.append(" class=\"")
            html.appendHTMLEscaped(cell.classes)
            html.append("\"")
        }
        if let sort = cell.sortValue {
            html.append(" data-sort=\"")
            html.append(CSVText.number(sort))
            html.append("\"")
        }
        html.append(">")
        if let href = cell.href {
            html.append("<a href=\"")
            html.appendHTMLEscaped(href)
            html.append("\">")
            html.appendHTMLEscaped(cell.text)
            html.append("</a>")
        } else {
            html.appendHTMLEscaped(cell.text)
        }
        if !header, let note = cell.note {
            html.append(" <span class=\"note\">(")
            html.appendHTMLEscaped(note)
            html.append(")</span>")
        }
        html.append(header ? "</th>" : "</td>")
    }

    public var isEmpty: Bool { rows.isEmpty }

    /// The same rows as CSV, headers in the page's language, values raw.
    public var csv: String {
        var text = UTF8Buffer(capacity: (rows.count + 1) * 80)
        text.appendCSVLine(columns.map(\.text))
        for row in rows {
            text.appendCSVField(row.header.csv)
            for cell in row.cells {
                text.append(",")
                text.appendCSVField(cell.csv)
            }
            text.append("\n")
        }
        return text.text
    }
}
