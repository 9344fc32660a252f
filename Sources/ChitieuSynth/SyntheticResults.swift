/// Yearly results 2010–2025 of every stated indicator for every province, as the long-form CSV a
/// department would export; provinces merged away stop in 2024.
struct SyntheticResults {
    let units: SyntheticUnits
    let indicators: SyntheticIndicators

    func csv() -> String {
        var text = "jurisdiction,indicator,period,kind,value,low,high,bound,source,note\n"
        for (u, unit) in units.provinces.enumerated() {
            let last = unit.successor == nil ? 2025 : 2024
            for (i, indicator) in indicators.stated.enumerated() {
                for year in 2010...last {
                    text += "\(unit.id),\(indicator.id),\(year),result,\(value(u, i, year, indicator.percent)),,,,Báo cáo giả lập,\n"
                }
            }
        }
        return text
    }

    /// A series that mostly rises, in range for percentages.
    func value(_ unit: Int, _ indicator: Int, _ year: Int, _ percent: Bool) -> Int {
        let start = Noise.value(unit * 31 + indicator, 5...40)
        let step = Noise.value(unit * 17 + indicator * 3 + year, 0...4)
        return percent ? min(100, start + (year - 2010) * 2 + step) : (start + (year - 2010) * 3 + step) * 10
    }
}
