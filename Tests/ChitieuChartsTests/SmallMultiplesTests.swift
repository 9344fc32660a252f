@testable import ChitieuCharts
import ChitieuCore
import Foundation
import Testing

/// The layout decisions of `SmallMultiples`: one scale and one span of years for every panel, the
/// panels in the order given, five columns at most, and what a panel draws with little or no data.
@Suite struct SmallMultiplesTests {
    static func panel(_ label: String, _ values: [Int: ChartValue], targets: [LineChart.Step] = []) -> SmallMultiples.Panel {
        .init(label: label, points: values.map { LineChart.Point(year: $0.key, value: $0.value) }, targets: targets)
    }

    static func chart(_ panels: [SmallMultiples.Panel], language: Language = .vi) -> SmallMultiples {
        SmallMultiples(id: "m", title: "t", panels: panels, format: .percent, language: language)
    }

    @Test func everyPanelSharesOneScaleAndOneSpanOfYears() {
        let chart = Self.chart([Self.panel("A", [2010: .value(5), 2011: .value(8)]),
                                Self.panel("B", [2020: .value(90), 2021: .value(95)], targets: [.init(start: 2021, end: 2025, value: 120)])])
        let layout = chart.layout
        #expect(layout.firstYear == 2010 && layout.lastYear == 2025)
        #expect(layout.scale.minimum == 0 && layout.scale.maximum >= 120)
        let svg = chart.svg()
        // One grid and one set of tick values, defined once and used by every panel.
        #expect(svg.components(separatedBy: "<g id=\"m-grid\">").count == 2)
        #expect(svg.components(separatedBy: "<use href=\"#m-grid\"/>").count == 3)
        #expect(svg.components(separatedBy: "<title id=").count == 2 && svg.components(separatedBy: "<desc id=").count == 2)
    }

    @Test func panelsKeepTheGivenOrderOnAtMostFiveColumns() {
        let names = ["An Giang", "Bắc Ninh", "Cà Mau", "Đắk Lắk", "Điện Biên", "Gia Lai"]
        let chart = Self.chart(names.map { Self.panel($0, [2020: .value(1), 2021: .value(2)]) })
        #expect(chart.layout.columns == 5 && chart.layout.rows == 2)
        let svg = chart.svg()
        let positions = names.map { svg.range(of: ">\($0)</text>")!.lowerBound }
        #expect(positions == positions.sorted())
        // Tick values on the first column only: panels 1 and 6.
        #expect(svg.components(separatedBy: "<use href=\"#m-ticks\"/>").count == 3)
        let origins = (0..<6).map { chart.layout.origin($0) }
        #expect(origins[5].x == origins[0].x && origins[5].y > origins[0].y && origins[4].y == origins[0].y)
        #expect(Self.chart([Self.panel("A", [2020: .value(1)])]).layout.columns == 1)
        #expect(Self.chart((0..<63).map { Self.panel("J\($0)", [2020: .value(Double($0))]) }).layout.rows == 13)
    }

    @Test func onePointIsADotAndNoPointIsSaidInWords() {
        let svg = Self.chart([Self.panel("One", [2021: .value(30)]), Self.panel("None", [:], targets: [.init(start: 2021, end: 2025, value: 50)])]).svg()
        #expect(svg.components(separatedBy: "<path").count == 2 && svg.contains("stroke-dasharray=\"4 3\""))
        #expect(svg.components(separatedBy: "<circle").count == 2 && svg.contains(">30%</text>"))
        let alone = Self.chart([Self.panel("A", [2020: .value(1), 2021: .missing("—"), 2022: .value(2), 2023: .value(3)])]).svg()
        #expect(alone.components(separatedBy: "r=\"2.5\"").count == 2)
        #expect(svg.contains(">không có số liệu</text>"))
        #expect(svg.contains("None: không có số liệu; mục tiêu 2021–2025 50%"))
        #expect(!svg.contains("nan") && !svg.contains("inf"))
        let empty = Self.chart([]).svg()
        #expect(empty.contains("role=\"img\"") && !empty.contains("nan"))
    }

    @Test func aMissingYearBreaksTheLineAndShowsItsReason() {
        let points: [Int: ChartValue] = [2020: .value(10), 2021: .value(20), 2022: .missing("chưa báo cáo"), 2023: .value(30), 2024: .value(40)]
        #expect(SmallMultiples.runs(Self.panel("A", points).points).map { $0.map(\.year) } == [[2020, 2021], [2023, 2024]])
        let svg = Self.chart([Self.panel("A", points)]).svg()
        #expect(svg.components(separatedBy: "<path").count == 3)
        #expect(svg.contains("<title>chưa báo cáo</title>—"))
        #expect(!svg.contains(">0%<"))
        // The latest result is labelled, in the page's language.
        #expect(svg.contains(">40%</text>"))
        #expect(Self.chart([Self.panel("A", [2020: .value(12.5), 2021: .value(13.5)])], language: .vi).svg().contains(">13,5%</text>"))
        #expect(Self.chart([Self.panel("A", [2020: .value(12.5), 2021: .value(13.5)])], language: .en).svg().contains(">13.5%</text>"))
    }
}
