import Foundation
import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// Required pace tables: for each target with a result, the change a year still needed beside
/// the change a year so far, and what that implies.
extension PageBuilder {
    /// A jurisdiction's targets of `periods` (all when nil), indicator by indicator.
    func paceTable(jurisdiction: String, periods: [Period]? = nil) -> Table? {
        let paces = indicators.flatMap { indicator in
            (periods ?? self.periods(of: .target)).compactMap { computed.paces[ValueKey(jurisdiction: jurisdiction, indicator: indicator.id, period: $0, kind: .target)] }
        }
        guard !paces.isEmpty else { return nil }
        let rows = paces.map { pace in
            Table.Row(header: Table.Cell(text: name(indicator: pace.target.indicator), href: href(.indicator(pace.target.indicator)), csv: pace.target.indicator),
                      cells: paceCells(pace))
        }
        return Table(id: "pace", caption: strings.format("caption_pace", ["name": name(jurisdiction)]),
                     columns: paceColumns("column_indicator"), rows: rows)
    }

    /// Every jurisdiction's targets for one indicator, in the usual order of jurisdictions.
    func paceTable(indicator: Indicator) -> Table? {
        let periods = self.periods(of: .target)
        let paces = jurisdictions.flatMap { jurisdiction in
            periods.compactMap { computed.paces[ValueKey(jurisdiction: jurisdiction.id, indicator: indicator.id, period: $0, kind: .target)] }
        }
        guard !paces.isEmpty else { return nil }
        let rows = paces.map { pace in
            Table.Row(header: Table.Cell(text: name(pace.target.jurisdiction), href: href(.jurisdiction(pace.target.jurisdiction)), csv: pace.target.jurisdiction),
                      cells: paceCells(pace))
        }
        return Table(id: "pace", caption: strings.format("caption_pace", ["name": indicator.name[language]]),
                     columns: paceColumns("column_jurisdiction"), rows: rows)
    }

    func paceColumns(_ first: String) -> [Table.Column] {
        let keys = [first, "column_period", "column_target", "column_latest_result", "column_pace_needed", "column_pace_achieved", "column_pace_status"]
        return keys.enumerated().map { Table.Column(text: strings[$1], numeric: (2...5).contains($0)) }
    }

    func paceCells(_ pace: RequiredPace) -> [Table.Cell] {
        let latest = strings.format("pace_latest", ["value": show(pace.latest), "period": pace.latest.period.display])
        return [Table.Cell(text: pace.target.period.display, csv: pace.target.period.description),
                valueCell(pace.target),
                Table.Cell(text: latest, href: sourceHref(pace.latest), numeric: true, csv: csvValue(pace.latest.quantity)),
                paceCell(pace.needed, pace, missingNote: strings[pace.status == .met ? "pace_note_met" : "pace_note_over"]),
                paceCell(pace.achieved, pace, missingNote: strings["pace_note_no_start"]),
                Table.Cell(text: strings["pace_\(pace.status.rawValue)"], cssClass: "status pace-\(pace.status.rawValue)", csv: pace.status.rawValue)]
    }

    /// A change a year in the indicator's unit (points for percentages), signed.
    func paceCell(_ value: Double?, _ pace: RequiredPace, missingNote: String) -> Table.Cell {
        guard let value else { return Table.Cell(text: ValueText.missing, numeric: true, cssClass: "missing", note: missingNote, csv: "") }
        let row = ValueRow(jurisdiction: pace.target.jurisdiction, indicator: pace.target.indicator, period: pace.target.period,
                           kind: .change, quantity: .value(value), unit: pace.unit, computed: true, source: "")
        return Table.Cell(text: show(row, signed: true), numeric: true, csv: CSVText.number(value))
    }
}
