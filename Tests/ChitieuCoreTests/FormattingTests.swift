import ChitieuCore
import Testing

@Suite struct NumberFormatTests {
    @Test func vietnameseGroupsWithDotsAndDecimalComma() {
        let vi = NumberFormat(.vi)
        #expect(vi.currency(2_687_000_000) == "2.687.000.000 ₫")
        #expect(vi.format(12.5) == "12,5")
        #expect(vi.percent(60) == "60%")
        #expect(vi.range(1000, 2000) == "1.000–2.000")
    }

    @Test func englishGroupsWithCommas() {
        let en = NumberFormat(.en)
        #expect(en.currency(2_687_000_000) == "2,687,000,000 VND")
        #expect(en.format(1234.567) == "1,234.57")
        #expect(en.range(1000, 2000) == "1,000–2,000")
    }

    @Test func negativesUseMinusSignAndZeroHasNoSign() {
        #expect(NumberFormat(.en).format(-30) == "−30")
        #expect(NumberFormat(.en).format(-0.001) == "0")
        #expect(NumberFormat(.vi).format(-1234.5) == "−1.234,5")
    }

    @Test func roundsHalfAwayFromZeroAndDropsTrailingZeros() {
        #expect(NumberFormat(.en).format(2.345, maxFractionDigits: 1) == "2.3")
        #expect(NumberFormat(.en).format(2.25, maxFractionDigits: 1) == "2.3")
        #expect(NumberFormat(.en).format(7.0) == "7")
        // Zeros inside the fraction stay, trailing ones go.
        #expect(NumberFormat(.en).format(0.05) == "0.05")
        #expect(NumberFormat(.vi).format(3.007, maxFractionDigits: 3) == "3,007")
        #expect(NumberFormat(.en).format(2.10) == "2.1")
        #expect(NumberFormat(.en).format(1_000_000.5) == "1,000,000.5")
        #expect(NumberFormat(.en).format(.nan) == "—")
    }
}

@Suite struct SlugTests {
    @Test func foldsVietnameseLetters() {
        #expect(Slug.make("Ninh Bình") == "ninh-binh")
        #expect(Slug.make("Đắk Lắk") == "dak-lak")
        #expect(Slug.make("Thành phố Hồ Chí Minh") == "thanh-pho-ho-chi-minh")
        #expect(Slug.make("  Bà Rịa – Vũng Tàu!! ") == "ba-ria-vung-tau")
    }

    @Test func validatesIds() {
        #expect(Slug.isValid("ninh-binh"))
        #expect(Slug.isValid("staff_trained_pct"))
        #expect(!Slug.isValid("Ninh-Binh"))
        #expect(!Slug.isValid("ninh--binh"))
        #expect(!Slug.isValid("-x"))
        #expect(!Slug.isValid(""))
        #expect(!Slug.isValid("bình"))
    }
}

@Suite struct VietnameseCollationTests {
    @Test func followsTheVietnameseAlphabet() {
        let names = ["Đồng Nai", "Điện Biên", "Bắc Kạn", "Bà Rịa", "An Giang", "Dak", "Ân", "Ăn", "Ơn", "Ôn", "On"]
        let sorted = names.sortedVietnamese { $0 }
        #expect(sorted == ["An Giang", "Ăn", "Ân", "Bà Rịa", "Bắc Kạn", "Dak", "Điện Biên", "Đồng Nai", "On", "Ôn", "Ơn"])
    }

    @Test func tonesAreSecondaryInTheirOrder() {
        let names = ["má", "mạ", "mà", "ma", "mã", "mả"]
        #expect(names.sortedVietnamese { $0 } == ["ma", "mà", "mả", "mã", "má", "mạ"])
        #expect(["mb", "mà"].sortedVietnamese { $0 } == ["mà", "mb"])
    }

    @Test func sortsProvinceNames() {
        let names = ["Hồ Chí Minh", "Hà Nam", "Hải Phòng", "Hà Nội", "Huế", "Hưng Yên"]
        #expect(names.sortedVietnamese { $0 } == ["Hà Nam", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Huế", "Hưng Yên"])
    }
}

@Suite struct DiagnosticTests {
    @Test func printsLikeACompiler() {
        let d = Diagnostic.error(SourceLocation(file: "content/site.yaml", line: 3, column: 7), "not a number", hint: "write 60")
        #expect(d.description == "content/site.yaml:3:7: error: not a number\n  hint: write 60")
        #expect(SourceLocation(file: "a.csv").description == "a.csv")
    }

    @Test func suggestsCloseNames() {
        #expect(DidYouMean.suggestion(for: "ninh-bnh", among: ["ninh-binh", "lai-chau"]) == "ninh-binh")
        #expect(DidYouMean.suggestion(for: "xyz", among: ["ninh-binh"]) == nil)
    }

    @Test func datesReadTheVietnameseWay() {
        let date = CalendarDate(iso: "2021-03-31")!
        #expect(date.formatted(.vi) == "ngày 31 tháng 3 năm 2021")
        #expect(date.formatted(.en) == "31 March 2021")
        #expect(date.short(.vi) == "31/3/2021")
        #expect(CalendarDate(iso: "2021-02-29") == nil)
        #expect(CalendarDate(iso: "2024-02-29") != nil)
    }
}

/// `build --timings` groups the pages by kind, the costliest first, so a slow kind stands out.
@Suite struct StageClockTests {
    @Test func pageKindsAreSummedAndListedCostliestFirst() {
        let clock = StageClock()
        clock.addPage(kind: "plan", processor: .milliseconds(2), bytes: 1024)
        clock.addPage(kind: "report", processor: .milliseconds(30), bytes: 2048)
        clock.addPage(kind: "plan", processor: .milliseconds(3), bytes: 1024)
        let costs = clock.pageKindCosts
        #expect(costs.map(\.kind) == ["report", "plan"])
        #expect(costs[1].cost.pages == 2 && costs[1].cost.processor == .milliseconds(5) && costs[1].cost.bytes == 2048)
        let lines = clock.report().split(separator: "\n")
        #expect(lines.contains("page kind    pages   cpu ms      MiB  KiB/page"))
        #expect(lines.contains("plan             2      5.0      0.0       1.0"))
    }
}
