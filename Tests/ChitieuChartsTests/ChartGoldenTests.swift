import ChitieuCharts
import ChitieuCore
import ChitieuTestSupport
import Foundation
import Testing

/// Each chart kind in both languages, byte for byte against `Golden/<kind>.<lang>.svg`.
@Suite struct ChartGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func bars(_ language: Language) -> HorizontalBarChart {
        let vi = language == .vi
        return HorizontalBarChart(
            id: "bars", title: vi ? "Tỷ lệ đơn vị có người làm công tác xã hội, 2021–2025" : "Units with social-work staff, 2021–2025",
            bars: [
                .init(label: "Ninh Bình", value: .value(60), highlighted: true),
                .init(label: "Bến Tre", value: .value(30)),
                .init(label: vi ? "Thành phố Thái Nguyên" : "Thái Nguyên City", value: .range(55, 65)),
                .init(label: "Lai Châu", value: .atLeast(45)),
                .init(label: vi ? "Thành phố Hồ Chí Minh" : "Hồ Chí Minh City", value: .missing(vi ? "không đặt mục tiêu" : "no target set")),
            ],
            reference: .value(60), format: .percent, language: language)
    }

    static func budget(_ language: Language) -> StackedBarChart {
        let vi = language == .vi
        return StackedBarChart(
            id: "budget", title: vi ? "Kinh phí năm 2012 của Lai Châu" : "Lai Châu's 2012 budget",
            parts: [
                .init(label: vi ? "Xây dựng trung tâm cung cấp dịch vụ công tác xã hội" : "Building the social-work service centre", amount: 2_000_000_000),
                .init(label: vi ? "Đào tạo, tập huấn" : "Training", amount: 529_000_000),
                .init(label: vi ? "Tuyên truyền" : "Awareness", amount: 100_000_000),
                .init(label: vi ? "Triển khai dịch vụ" : "Services", amount: 58_000_000),
            ],
            language: language)
    }

    static func grouped(_ language: Language) -> GroupedBarChart {
        let vi = language == .vi
        return GroupedBarChart(id: "grouped", title: vi ? "Mục tiêu của Ninh Bình theo giai đoạn" : "Ninh Bình's targets by period", groups: [
            .init(label: vi ? "Tỷ lệ đơn vị có người làm công tác xã hội" : "Units with social-work staff",
                  bars: [.init(period: "2021–2025", value: .value(60), reference: 60), .init(period: "2026–2030", value: .value(90), reference: 90)]),
            .init(label: vi ? "Tỷ lệ người làm công tác xã hội được đào tạo" : "Social-work staff trained",
                  bars: [.init(period: "2021–2025", value: .atLeast(30), reference: 30), .init(period: "2026–2030", value: .value(40))]),
            .init(label: vi ? "Số người làm công tác xã hội mỗi đơn vị" : "Social-work staff per unit",
                  bars: [.init(period: "2021–2025", value: .range(1, 2)), .init(period: "2026–2030", value: .missing(vi ? "chưa đặt" : "not set"))]),
        ], format: .percent, language: language)
    }

    static func slope(_ language: Language) -> SlopeChart {
        SlopeChart(id: "slope", title: language == .vi ? "Tỷ lệ đơn vị có người làm công tác xã hội" : "Units with social-work staff",
                   fromLabel: "2021–2025", toLabel: "2026–2030", items: [
                       .init(label: "Ninh Bình", from: .value(60), to: .value(90)),
                       .init(label: language == .vi ? "Thành phố Thái Nguyên" : "Thái Nguyên City", from: .value(60), to: .value(90)),
                       .init(label: "Bến Tre", from: .value(30), to: .missing(language == .vi ? "chưa có" : "none yet")),
                   ], format: .percent, language: language)
    }

    static func line(_ language: Language) -> LineChart {
        LineChart(id: "line", title: language == .vi ? "Trung tâm dịch vụ công tác xã hội" : "Social-work service centres",
                  points: [.init(year: 2011, value: .value(2)), .init(year: 2012, value: .value(5)), .init(year: 2013, value: .missing("—")),
                           .init(year: 2014, value: .value(30))],
                  targets: [.init(start: 2010, end: 2015, value: 10)], format: .number(suffix: ""), language: language)
    }

    /// Six panels on five columns: a gap, a range, one point, a bound, a jurisdiction with nothing to draw.
    static func multiples(_ language: Language) -> SmallMultiples {
        let vi = language == .vi
        return SmallMultiples(id: "multiples", title: vi ? "Tỷ lệ đơn vị có người làm công tác xã hội" : "Units with social-work staff", panels: [
            .init(label: "Ninh Bình", points: [.init(year: 2020, value: .value(40)), .init(year: 2021, value: .value(45)),
                                               .init(year: 2022, value: .missing(vi ? "chưa báo cáo" : "not reported")), .init(year: 2023, value: .value(55))],
                  targets: [.init(start: 2021, end: 2025, value: 60)]),
            .init(label: "Bến Tre", points: [.init(year: 2021, value: .value(20)), .init(year: 2022, value: .range(22, 26))], targets: []),
            .init(label: vi ? "Thành phố Thái Nguyên" : "Thái Nguyên City", points: [.init(year: 2024, value: .value(70))],
                  targets: [.init(start: 2021, end: 2025, value: 60)]),
            .init(label: "Lai Châu", points: [.init(year: 2020, value: .value(10)), .init(year: 2021, value: .atLeast(15))], targets: []),
            .init(label: vi ? "Thành phố Hồ Chí Minh" : "Hồ Chí Minh City", points: [], targets: [.init(start: 2021, end: 2025, value: 80)]),
            .init(label: "Đắk Lắk", points: [.init(year: 2021, value: .value(30)), .init(year: 2022, value: .value(35)), .init(year: 2023, value: .value(33))],
                  targets: [.init(start: 2016, end: 2020, value: 25), .init(start: 2021, end: 2025, value: 40)]),
        ], format: .percent, language: language)
    }

    static func bullet(_ language: Language) -> BulletChart {
        BulletChart(id: "bullet", title: language == .vi ? "Kết quả so với mục tiêu, 2021–2025" : "Results against targets, 2021–2025", rows: [
            .init(label: language == .vi ? "Tỷ lệ đơn vị có người làm công tác xã hội" : "Units with social-work staff", result: .value(45), target: 60, national: 60),
            .init(label: language == .vi ? "Tỷ lệ người được đào tạo" : "Staff trained", result: .range(20, 25), target: 30, national: 30),
            .init(label: language == .vi ? "Trẻ em được trợ giúp" : "Children assisted", result: .missing(language == .vi ? "chưa báo cáo" : "not reported"), target: 85),
        ], format: .percent, language: language)
    }

    static func heat(_ language: Language) -> HeatTable {
        let vi = language == .vi
        return HeatTable(id: "heat", title: vi ? "Mục tiêu 2021–2025 so với mục tiêu quốc gia" : "2021–2025 targets against the national targets",
                         columns: vi ? ["Đơn vị có người làm CTXH", "Được đào tạo", "Trẻ em được trợ giúp"] : ["Units with staff", "Staff trained", "Children assisted"],
                         rows: [
                            (label: "Ninh Bình", cells: [.init(value: .value(60), gap: 0, format: .percent), .init(value: .atLeast(30), gap: 0, format: .percent), .init(value: .atLeast(85), gap: 0, format: .percent)]),
                            (label: "Bến Tre", cells: [.init(value: .value(30), gap: -30, format: .percent), .init(value: .atLeast(15), gap: -15, format: .percent), .init(value: .atLeast(85), gap: 0, format: .percent)]),
                            (label: vi ? "Thành phố Thái Nguyên" : "Thái Nguyên City", cells: [.init(value: .value(60), gap: 0, format: .percent), .init(value: .value(100), gap: 70, format: .percent), .init(value: .missing("—"), gap: nil, format: .percent)]),
                         ], language: language)
    }

    static let kinds = ["bars", "stacked", "grouped", "slope", "line", "multiples", "bullet", "heat"]
    static let cases: [(String, Language)] = kinds.flatMap { [($0, Language.vi), ($0, Language.en)] }

    static func svg(_ kind: String, _ language: Language) -> String {
        switch kind {
        case "bars": return bars(language).svg()
        case "stacked": return budget(language).svg()
        case "grouped": return grouped(language).svg()
        case "slope": return slope(language).svg()
        case "line": return line(language).svg()
        case "multiples": return multiples(language).svg()
        case "bullet": return bullet(language).svg()
        default: return heat(language).svg()
        }
    }

    @Test(arguments: cases)
    func chartMatchesItsGolden(_ kind: String, _ language: Language) throws {
        try Golden.check(Self.svg(kind, language), against: Self.golden.appendingPathComponent("\(kind).\(language.rawValue).svg"))
    }

    @Test func chartsAreDeterministicAndAccessible() {
        for (kind, language) in Self.cases {
            let svg = Self.svg(kind, language)
            #expect(svg == Self.svg(kind, language))
            #expect(svg.contains("role=\"img\""))
            #expect(svg.contains("<title id=") && svg.contains("<desc id="))
        }
        #expect(Self.bars(.vi).svg().contains("mục tiêu quốc gia: 60%"))
        #expect(Self.bars(.en).svg().contains("≥ 45%"))
        #expect(Self.budget(.vi).svg().contains("2.687.000.000 ₫"))
        #expect(Self.budget(.en).svg().contains("74.4%"))
    }

    /// Each chart defines exactly the hatch patterns it fills with: none missing, none unused.
    @Test(arguments: cases)
    func chartDefinesExactlyTheHatchingsItUses(_ kind: String, _ language: Language) throws {
        let svg = Self.svg(kind, language)
        let defined = Set(svg.matches(of: try Regex(#"<pattern id="([^"]+)""#)).map { String($0.output[1].substring!) })
        let used = Set(svg.matches(of: try Regex(#"url\(#([^)]+)\)"#)).map { String($0.output[1].substring!) })
        #expect(defined == used, "\(kind): defined \(defined.sorted()), used \(used.sorted())")
    }

    static let rsvg = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: rsvg != nil, "rsvg-convert (librsvg2-bin) is not installed"), arguments: cases)
    func goldenRendersToPNG(_ kind: String, _ language: Language) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-charts")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let png = folder.appendingPathComponent("\(kind).\(language.rawValue).png")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.rsvg!)
        process.arguments = ["--width", "960", "--background-color", "white", "--output", png.path,
                             Self.golden.appendingPathComponent("\(kind).\(language.rawValue).svg").path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let data = try Data(contentsOf: png)
        #expect(data.count > 1000 && data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}

@Suite struct ChartEdgeCaseTests {
    @Test func exactlyOneTakesTheSingularUnit() {
        let centres = ValueFormat.number(suffix: " centres", singular: " centre")
        #expect(centres.text(.value(1), .en) == "1 centre")
        #expect(centres.text(.value(2), .en) == "2 centres" && centres.text(.range(1, 2), .en) == "1–2 centres")
        #expect(centres.text(.atLeast(1), .en) == "≥ 1 centre")
        #expect(ValueFormat.number(suffix: " trung tâm").text(.value(1), .vi) == "1 trung tâm")
    }

    @Test func escapesEveryTextItDraws() {
        let chart = HorizontalBarChart(id: "x", title: "a < b & \"c\"", bars: [.init(label: "</svg><script>alert(1)</script>", value: .value(1))],
                                       format: .number(suffix: " <b>"), language: .en)
        let svg = chart.svg()
        #expect(!svg.contains("<script>"))
        #expect(!svg.contains("</svg><"))
        #expect(svg.contains("&lt;/svg&gt;&lt;script&gt;"))
        #expect(svg.contains("a &lt; b &amp; &quot;c&quot;"))
    }

    @Test func oneValueAllEqualNegativesAndManyBars() {
        let one = HorizontalBarChart(id: "one", title: "t", bars: [.init(label: "A", value: .value(5))], format: .percent, language: .vi).svg()
        #expect(one.contains(">5%<"))
        let equal = HorizontalBarChart(id: "eq", title: "t", bars: (0..<3).map { .init(label: "J\($0)", value: .value(0)) }, format: .percent, language: .vi).svg()
        #expect(!equal.contains("nan") && !equal.contains("inf"))
        let gaps = HorizontalBarChart(id: "gap", title: "t", bars: [.init(label: "A", value: .value(-30)), .init(label: "B", value: .value(10))],
                                      format: .points, language: .vi).svg()
        #expect(gaps.contains("−30 điểm %"))
        let many = HorizontalBarChart(id: "many", title: "t", bars: (1...63).map { .init(label: "Tỉnh số \($0)", value: .value(Double($0))) },
                                      format: .percent, language: .vi).svg()
        #expect(many.components(separatedBy: "<rect").count - 1 >= 63)
    }

    @Test func longNamesAreShortenedWithTheFullNameKept() {
        let name = "Ủy ban nhân dân thành phố Hồ Chí Minh và các quận huyện trực thuộc"
        let svg = HorizontalBarChart(id: "long", title: "t", bars: [.init(label: name, value: .value(1))], format: .percent, language: .vi).svg()
        #expect(svg.contains("<title>\(name)</title>"))
        #expect(svg.contains("…"))
    }

    @Test func missingValuesAreGapsWithTheirReasonNeverZero() {
        let svg = HorizontalBarChart(id: "m", title: "t", bars: [.init(label: "A", value: .missing("chưa báo cáo"))], format: .percent, language: .vi).svg()
        #expect(svg.contains("— chưa báo cáo"))
        #expect(!svg.contains(">0%<"))
    }
}
