import ChitieuCore

/// The jurisdictions: the country, 63 former provinces, of which 34 continue after 1 July 2025
/// (11 unchanged, 23 absorbing one or two others), and districts under the 34 at scale above 1.
struct SyntheticUnits {
    struct Unit {
        let id: String
        let name: String
        let level: String
        let parent: String
        /// The unit it merged into on 1 July 2025, if it did.
        var successor: String?
        var predecessors: [String] = []
        let population: Int
    }

    let provinces: [Unit]
    let districts: [Unit]

    static let first = ["An", "Bảo", "Cẩm", "Đông", "Hà", "Hải", "Kiên", "Lạc", "Long", "Minh", "Nghĩa", "Phú", "Quảng", "Sơn", "Thạch", "Trà", "Vĩnh"]
    static let second = ["Bình", "Châu", "Định", "Giang", "Hòa", "Lâm", "Ninh", "Phước"]

    init(scale: Int) {
        var provinces = (0..<63).map { index -> Unit in
            let name = "\(Self.first[index % Self.first.count]) \(Self.second[index / Self.first.count])"
            return Unit(id: "gia-lap-" + Slug.make(name), name: name, level: "province", parent: "vn",
                        population: Noise.value(index, 300_000...3_000_000))
        }
        // Units 11…33 continue and absorb the 29 from 34 on: six of them two others, seventeen one.
        var absorbed = 34
        for continuing in 11..<34 {
            for _ in 0..<(continuing < 17 ? 2 : 1) {
                provinces[absorbed].successor = provinces[continuing].id
                provinces[continuing].predecessors.append(provinces[absorbed].id)
                absorbed += 1
            }
        }
        self.provinces = provinces
        // About 135 districts per step of scale, spread over the continuing units.
        districts = (0..<(135 * (scale - 1))).map { index in
            let parent = provinces[index % 34]
            return Unit(id: "\(parent.id)-huyen-\(index / 34 + 1)", name: "Huyện \(index / 34 + 1) (\(parent.name))", level: "district",
                        parent: parent.id, population: Noise.value(index + 1000, 50_000...300_000))
        }
    }

    var current: [Unit] { provinces.filter { $0.successor == nil } }

    func yaml() -> String {
        var text = "# SYNTHETIC jurisdictions made by chitieu-synth: invented names, invented populations.\n"
        text += "- id: vn\n  name: {vi: \"Việt Nam\", en: \"Viet Nam\"}\n  level: national\n"
        text += "  population:\n    - {year: 2024, value: 101000000, source: \"Giả lập\"}\n"
        for unit in provinces + districts {
            text += "- id: \(unit.id)\n  name: {vi: \"\(unit.name)\"}\n  level: \(unit.level)\n  parent: \(unit.parent)\n"
            if let successor = unit.successor { text += "  valid_until: 2025-06-30\n  successors: [\(successor)]\n" }
            if !unit.predecessors.isEmpty { text += "  predecessors: [\(unit.predecessors.joined(separator: ", "))]\n" }
            text += "  population:\n    - {year: 2024, value: \(unit.population), source: \"Giả lập\"}\n"
        }
        return text
    }
}
