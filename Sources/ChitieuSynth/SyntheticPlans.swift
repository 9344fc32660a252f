/// The plan documents: the national decision, each former province's plans for 2016–2020 and
/// 2021–2025, each current unit's plan for 2026–2030, and each district's.
struct SyntheticPlans {
    struct File {
        let id: String
        let vi: String
        let en: String
    }

    struct Spec {
        let id: String
        let jurisdiction: String
        let name: String
        let period: String
        let indicators: [SyntheticIndicators.Stated]
        let seed: Int
    }

    let units: SyntheticUnits
    let indicators: SyntheticIndicators
    static let periods = ["2016-2020", "2021-2025", "2026-2030"]

    func all() -> [File] {
        var specs: [Spec] = []
        for (index, unit) in units.provinces.enumerated() {
            specs.append(Spec(id: "\(unit.id)-2016", jurisdiction: unit.id, name: unit.name, period: "2016-2020",
                              indicators: Array(indicators.stated.prefix(10)), seed: index * 3))
            specs.append(Spec(id: "\(unit.id)-2021", jurisdiction: unit.id, name: unit.name, period: "2021-2025",
                              indicators: indicators.stated, seed: index * 3 + 1))
            if unit.successor == nil {
                specs.append(Spec(id: "\(unit.id)-2026", jurisdiction: unit.id, name: unit.name, period: "2026-2030",
                                  indicators: indicators.stated, seed: index * 3 + 2))
            }
        }
        for (index, district) in units.districts.enumerated() {
            specs.append(Spec(id: "\(district.id)-2026", jurisdiction: district.id, name: district.name, period: "2026-2030",
                              indicators: Array(indicators.stated.prefix(10)), seed: 1000 + index))
        }
        return [national()] + specs.map(file)
    }

    func target(_ indicator: SyntheticIndicators.Stated, _ period: String, seed: Int) -> Int {
        let step = Self.periods.firstIndex(of: period) ?? 0
        return indicator.percent ? min(100, Noise.value(seed, 40...70) + step * 10) : Noise.value(seed, 50...500) * 10
    }

    func national() -> File {
        var targets = "targets:\n"
        for (i, indicator) in indicators.stated.enumerated() {
            targets += "  \(indicator.id):\n"
            for period in Self.periods { targets += "    \(period): \(target(indicator, period, seed: 7 + i))\n" }
        }
        let front = """
        ---
        number: 1/QĐ-GL
        kind: decision
        title: {vi: "Quyết định giả lập về mục tiêu quốc gia", en: "Synthetic decision on the national targets"}
        date: 2015-06-01
        issuing_body: {vi: "Cơ quan giả lập", en: "Synthetic body"}
        jurisdiction: vn
        periods: [2016-2020, 2021-2025, 2026-2030]
        source: {citation: "Dữ liệu giả lập của chitieu-synth"}
        \(targets)---

        """
        return File(id: "vn-muc-tieu", vi: front + "Mục tiêu quốc gia **giả lập** cho ba giai đoạn.\n", en: "---\ntitle: Synthetic national targets\n---\nSynthetic national targets for three periods.\n")
    }

    func file(_ spec: Spec) -> File {
        var targets = "targets:\n"
        for (i, indicator) in spec.indicators.enumerated() {
            targets += "  \(indicator.id):\n    \(spec.period): \(target(indicator, spec.period, seed: spec.seed * 41 + i))\n"
        }
        let lines = Noise.value(spec.seed, 4...8)
        let amounts = (0..<lines).map { Noise.value(spec.seed * 13 + $0, 10...900) * 1_000_000 }
        var budget = "budgets:\n  - period: \(spec.period)\n    total: \(amounts.reduce(0, +))\n    lines:\n"
        for (index, amount) in amounts.enumerated() {
            budget += "      - {id: hoat-dong-\(index + 1), activity: {vi: \"Hoạt động \(index + 1)\", en: \"Activity \(index + 1)\"}, amount: \(amount)}\n"
        }
        let year = Int(spec.period.prefix(4))! - 1
        let front = """
        ---
        number: \(spec.seed + 1)/KH-GL
        kind: plan
        title: {vi: "Kế hoạch giả lập của \(spec.name), giai đoạn \(spec.period)", en: "Synthetic plan of \(spec.name), \(spec.period)"}
        date: \(year)-0\(Noise.value(spec.seed, 1...9))-15
        issuing_body: {vi: "Ủy ban giả lập \(spec.name)", en: "Synthetic committee of \(spec.name)"}
        jurisdiction: \(spec.jurisdiction)
        periods: [\(spec.period)]
        source: {citation: "Dữ liệu giả lập của chitieu-synth"}
        \(targets)\(budget)---

        """
        let narrative = SyntheticNarrative(spec: spec)
        return File(id: spec.id, vi: front + narrative.vi(), en: "---\ntitle: \"Synthetic plan of \(spec.name), \(spec.period)\"\n---\n" + narrative.en())
    }
}
