import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// A chart standing on its own on a page (not drawn above a table), offered for download as its
/// SVG and as the figures it draws in CSV, both written beside the page.
public struct ChartFigure: Sendable {
    public let caption: String
    public let svg: String
    public let svgHref: String
    public let csvHref: String
}

extension PageBuilder {
    /// The folder of a page's file, where its downloads go: `jurisdictions/ninh-binh/`, `en/`.
    func folder(of route: Route) -> String {
        let file = route.file(language)
        return file.hasSuffix("index.html") ? String(file.dropLast("index.html".count)) : ""
    }

    /// Places a chart and its figures beside the page; the files go in `downloads`.
    func figure(_ svg: String?, name: String, caption: String = "", csv: [[String]], on route: Route,
                downloads: inout [PageOutput.Download]) -> ChartFigure? {
        guard let svg, !svg.isEmpty else { return nil }
        let path = folder(of: route) + name
        downloads += [.init(path: path + ".svg", text: svg), .init(path: path + ".csv", text: csv.map(CSVText.line).joined())]
        return ChartFigure(caption: caption, svg: svg, svgHref: href(file: path + ".svg"), csvHref: href(file: path + ".csv"))
    }

    func csvValue(_ row: ValueRow?) -> String { row.map { csvValue($0.quantity) } ?? "" }

    /// The figures of `targetBars`: each jurisdiction's target for the period, the national one first.
    func targetBarsCSV(_ indicator: Indicator, _ period: Period) -> [[String]] {
        [[strings["column_jurisdiction"], strings["column_target"]]] + jurisdictions.compactMap { j in
            value(j.id, indicator.id, period, .target).map { [j.id, csvValue($0)] }
        }
    }

    /// The figures of `targetsAcrossPeriods`: the percent targets of a jurisdiction per period, with the national ones.
    func targetsAcrossPeriodsCSV(_ jurisdiction: String) -> [[String]] {
        let header = [strings["column_indicator"], strings["column_period"], strings["column_target"], strings["column_national_target"]]
        return [header] + indicators.filter { $0.unit.kind == .percent }.flatMap { indicator in
            periods(of: .target).compactMap { period -> [String]? in
                guard let target = value(jurisdiction, indicator.id, period, .target) else { return nil }
                let reference = jurisdiction == national ? nil : value(national, indicator.id, period, .target)
                return [indicator.id, period.description, csvValue(target), csvValue(reference)]
            }
        }
    }

    /// The figures of `resultsAgainstTargets`: each achievement's result, target and national target.
    func resultsAgainstTargetsCSV(_ jurisdiction: String) -> [[String]] {
        let header = [strings["column_indicator"], strings["column_period"], strings["column_result"], strings["column_target"],
                      strings["column_national_target"], strings["column_achievement"]]
        let own = computed.values.rows(jurisdiction: jurisdiction)
        let results = Self.resultsByIndicator(own)
        return [header] + own.filter { $0.kind == .achievement }.compactMap { achievement in
            guard content.indicatorsByID[achievement.indicator]?.unit.kind == .percent,
                  let target = value(jurisdiction, achievement.indicator, achievement.period, .target),
                  let result = Self.latest(results[achievement.indicator], in: achievement.period) else { return nil }
            return [achievement.indicator, achievement.period.description, csvValue(result), csvValue(target),
                    csvValue(value(national, achievement.indicator, achievement.period, .target)), csvValue(achievement)]
        }
    }

    /// The figures of `yearlyResultsGrid`: every drawn jurisdiction's results by year, in the site's order.
    func yearlyResultsCSV(_ indicator: Indicator) -> [[String]] {
        [[strings["column_jurisdiction"], strings["column_period"], strings["column_result"]]] + yearlySeries(indicator).flatMap { series in
            series.results.sorted { $0.period < $1.period }.map { [series.jurisdiction, $0.period.description, csvValue($0)] }
        }
    }
}
