/// Thirty indicators: ten shares in percent, ten counts of people, and ten computed from the
/// counts (five yearly averages, five ratios).
struct SyntheticIndicators {
    struct Stated {
        let id: String
        let percent: Bool
    }

    let percents = (1...10).map { Stated(id: String(format2("ty_le_", $0)), percent: true) }
    let counts = (1...10).map { Stated(id: String(format2("so_nguoi_", $0)), percent: false) }
    var stated: [Stated] { percents + counts }

    func yaml() -> String {
        var text = "# SYNTHETIC indicators made by chitieu-synth.\n"
        for (index, indicator) in percents.enumerated() {
            text += "- id: \(indicator.id)\n  name: {vi: \"Tỷ lệ giả lập số \(index + 1)\", en: \"Synthetic share \(index + 1)\"}\n  unit: percent\n  category: nhom-\(index % 3 + 1)\n"
        }
        for (index, indicator) in counts.enumerated() {
            text += "- id: \(indicator.id)\n  name: {vi: \"Số người giả lập số \(index + 1)\", en: \"Synthetic count \(index + 1)\"}\n  unit: person\n"
            text += "  unit_label: {vi: người, en: people}\n"
        }
        for index in 1...5 {
            text += "- id: binh_quan_\(index)\n  name: {vi: \"Bình quân mỗi năm số \(index)\", en: \"Yearly average \(index)\"}\n  unit: person/year\n"
            text += "  formula: per_year(\(counts[index - 1].id))\n"
            text += "- id: ti_so_\(index)\n  name: {vi: \"Tỉ số giả lập số \(index)\", en: \"Synthetic ratio \(index)\"}\n  unit: ratio\n"
            text += "  formula: ratio(\(counts[index + 4].id), \(counts[index - 1].id))\n"
        }
        return text
    }
}

func format2(_ prefix: String, _ number: Int) -> String {
    prefix + (number < 10 ? "0" : "") + String(number)
}
