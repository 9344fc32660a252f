import ChitieuCore
import Foundation
import ChitieuLoad
import ChitieuModel
import ChitieuTestSupport
import Testing

/// Every figure each source document states, as the sample content must hold it. A figure missing
/// from `content/`, or entered with another value, range or bound, fails here.
@Suite struct SeedFiguresTests {
    /// (source, jurisdiction, indicator, period, kind, low, high, bound) — `high` nil for a single value.
    typealias Expected = (String, String, String, String, Figure.Kind, Double, Double?, Quantity.Bound)

    static let figures: [Expected] = [
        // 000: Ninh Bình, plan 47/KH-UBND (2021)
        ("000", "ninh-binh", "units_with_social_workers_pct", "2021-2025", .target, 60, nil, .exact),
        ("000", "ninh-binh", "units_with_social_workers_pct", "2026-2030", .target, 90, nil, .exact),
        ("000", "ninh-binh", "social_workers_per_unit", "2021-2025", .target, 1, 2, .exact),
        ("000", "ninh-binh", "social_workers_per_unit", "2026-2030", .target, 1, 2, .exact),
        ("000", "ninh-binh", "staff_trained_pct", "2021-2025", .target, 30, nil, .atLeast),
        ("000", "ninh-binh", "staff_trained_pct", "2026-2030", .target, 40, nil, .exact),
        ("000", "ninh-binh", "facilities_providing_services_pct", "2021-2025", .target, 50, nil, .atLeast),
        ("000", "ninh-binh", "facilities_providing_services_pct", "2026-2030", .target, 60, nil, .atLeast),
        ("000", "ninh-binh", "assisted_people_increase_pct", "2021-2025", .target, 20, nil, .exact),
        ("000", "ninh-binh", "assisted_people_increase_pct", "2026-2030", .target, 30, nil, .atLeast),
        ("000", "ninh-binh", "special_children_assisted_pct", "2021-2025", .target, 85, nil, .atLeast),
        ("000", "ninh-binh", "special_children_assisted_pct", "2026-2030", .target, 90, nil, .atLeast),
        ("000", "ninh-binh", "trainees_degree_per_year", "2021-2030", .target, 50, nil, .atLeast),
        ("000", "ninh-binh", "trainees_short_per_year", "2021-2030", .target, 800, nil, .atLeast),
        ("000", "ninh-binh", "centre_staff", "2021", .baseline, 59, nil, .exact),
        ("000", "ninh-binh", "centre_staff_postgraduate", "2021", .baseline, 4, nil, .exact),
        ("000", "ninh-binh", "centre_staff_graduate", "2021", .baseline, 41, nil, .exact),
        ("000", "ninh-binh", "centre_staff_intermediate", "2021", .baseline, 14, nil, .exact),
        ("000", "ninh-binh", "centre_doctors", "2021", .baseline, 1, nil, .exact),
        ("000", "ninh-binh", "centre_nurses", "2021", .baseline, 5, nil, .exact),
        ("000", "ninh-binh", "centre_physician_assistants", "2021", .baseline, 1, nil, .exact),
        ("000", "ninh-binh", "centre_residents", "2021", .baseline, 92, nil, .exact),
        ("000", "ninh-binh", "centre_residents_elderly", "2021", .baseline, 45, nil, .exact),
        ("000", "ninh-binh", "centre_residents_disabled", "2021", .baseline, 29, nil, .exact),
        ("000", "ninh-binh", "centre_residents_children", "2021", .baseline, 17, nil, .exact),
        ("000", "ninh-binh", "centre_residents_children_hiv", "2021", .baseline, 1, nil, .exact),
        ("000", "ninh-binh", "hospital_sw_departments", "2021", .baseline, 2, nil, .exact),
        ("000", "ninh-binh", "hospital_sw_department_staff", "2021", .baseline, 15, nil, .exact),
        ("000", "ninh-binh", "hospital_sw_staff_graded", "2021", .baseline, 1, nil, .exact),
        ("000", "ninh-binh", "hospital_sw_teams", "2021", .baseline, 12, nil, .exact),
        ("000", "ninh-binh", "hospital_sw_teams_provincial", "2021", .baseline, 5, nil, .exact),
        ("000", "ninh-binh", "hospital_sw_teams_district_hospitals", "2021", .baseline, 2, nil, .exact),
        ("000", "ninh-binh", "hospital_sw_teams_health_centres", "2021", .baseline, 5, nil, .exact),
        ("000", "ninh-binh", "hospital_sw_team_staff", "2021", .baseline, 68, nil, .exact),
        ("000", "ninh-binh", "school_social_workers", "2021", .baseline, 400, nil, .atLeast),
        ("000", "ninh-binh", "food_allowance", "2010-2015", .baseline, 650_000, nil, .exact),
        ("000", "ninh-binh", "food_allowance", "2016-2020", .baseline, 1_080_000, nil, .exact),
        ("000", "ninh-binh", "food_allowance_young_children", "2016-2020", .baseline, 1_350_000, nil, .exact),
        ("000", "ninh-binh", "living_allowance", "2010-2015", .baseline, 100_000, nil, .exact),
        ("000", "ninh-binh", "living_allowance", "2016-2020", .baseline, 200_000, nil, .exact),
        ("000", "ninh-binh", "trainees_short", "2011-2015", .result, 800, nil, .atLeast),
        ("000", "ninh-binh", "trainees_short", "2016-2020", .result, 1200, nil, .atLeast),
        ("000", "ninh-binh", "class_enrolled", "2013-2018", .result, 140, nil, .exact),
        ("000", "ninh-binh", "class_graduates", "2013-2018", .result, 96, nil, .exact),
        // 001: Lai Châu, decision 154/QĐ-UBND (2012)
        ("001", "lai-chau", "service_centres", "2012", .target, 1, nil, .exact),
        ("001", "lai-chau", "staff_trained_pct", "2012", .target, 10, nil, .exact),
        ("001", "lai-chau", "trainees_degree", "2012", .target, 50, nil, .exact),
        ("001", "lai-chau", "trainees_degree_intermediate", "2012", .target, 14, nil, .exact),
        ("001", "lai-chau", "trainees_degree_college", "2012", .target, 13, nil, .exact),
        ("001", "lai-chau", "trainees_degree_university", "2012", .target, 22, nil, .exact),
        ("001", "lai-chau", "trainees_degree_postgraduate", "2012", .target, 1, nil, .exact),
        ("001", "lai-chau", "trainees_short", "2012", .target, 58, nil, .exact),
        ("001", "lai-chau", "centre_capacity", "2012", .target, 100, nil, .exact),
        ("001", "lai-chau", "service_beneficiaries", "2012", .target, 50, nil, .exact),
        ("001", "lai-chau", "central_funding_share_pct", "2012", .target, 80, nil, .exact),
        // 002: Thái Nguyên city's education office, plan 619/KH-GDĐT (2021)
        ("002", "tp-thai-nguyen", "units_with_social_workers_pct", "2021-2025", .target, 60, nil, .exact),
        ("002", "tp-thai-nguyen", "units_with_social_workers_pct", "2026-2030", .target, 90, nil, .exact),
        ("002", "tp-thai-nguyen", "social_workers_per_unit", "2021-2025", .target, 1, 2, .exact),
        ("002", "tp-thai-nguyen", "social_workers_per_unit", "2026-2030", .target, 1, 2, .exact),
        ("002", "tp-thai-nguyen", "staff_trained_pct", "2021-2025", .target, 100, nil, .exact),
        ("002", "tp-thai-nguyen", "staff_trained_pct", "2026-2030", .target, 100, nil, .exact),
        ("002", "tp-thai-nguyen", "facilities_providing_services_pct", "2021-2025", .target, 50, nil, .atLeast),
        ("002", "tp-thai-nguyen", "facilities_providing_services_pct", "2026-2030", .target, 60, nil, .atLeast),
        ("002", "tp-thai-nguyen", "assisted_people_increase_pct", "2021-2025", .target, 20, nil, .atLeast),
        ("002", "tp-thai-nguyen", "assisted_people_increase_pct", "2026-2030", .target, 30, nil, .atLeast),
        ("002", "tp-thai-nguyen", "special_children_assisted_pct", "2021-2025", .target, 100, nil, .exact),
        ("002", "tp-thai-nguyen", "special_children_assisted_pct", "2026-2030", .target, 100, nil, .exact),
        // 003: Hồ Chí Minh City, plan for Scheme 32 (2011)
        ("003", "ho-chi-minh", "staff_trained_pct", "2011-2015", .target, 50, nil, .exact),
        ("003", "ho-chi-minh", "staff_trained_pct", "2016-2020", .target, 30, nil, .exact),
        ("003", "ho-chi-minh", "staff_growth_pct", "2011-2015", .target, 10, nil, .exact),
        ("003", "ho-chi-minh", "staff_growth_pct", "2016-2020", .target, 10, nil, .exact),
        ("003", "ho-chi-minh", "social_workers_per_unit", "2011-2015", .target, 1, 2, .exact),
        ("003", "ho-chi-minh", "service_centres", "2011-2015", .target, 1, nil, .exact),
        ("003", "ho-chi-minh", "service_centres", "2016-2020", .target, 1, nil, .exact),
        ("003", "ho-chi-minh", "trainees_total", "2011-2020", .target, 3000, 4000, .exact),
        ("003", "ho-chi-minh", "trainees_degree", "2011-2020", .target, 1000, 2000, .exact),
        ("003", "ho-chi-minh", "trainees_short", "2011-2020", .target, 1000, 2000, .exact),
        ("003", "ho-chi-minh", "elderly_people", "2011", .baseline, 400_000, nil, .exact),
        ("003", "ho-chi-minh", "disabled_people", "2011", .baseline, 44_352, nil, .exact),
        ("003", "ho-chi-minh", "children_special_circumstances", "2011", .baseline, 20_000, nil, .exact),
        ("003", "ho-chi-minh", "poor_households", "2011", .baseline, 130_000, nil, .exact),
        ("003", "ho-chi-minh", "drug_users", "2011", .baseline, 10_000, nil, .atMost),
        ("003", "ho-chi-minh", "sex_workers_in_facilities", "2011", .baseline, 2000, nil, .atLeast),
        ("003", "ho-chi-minh", "social_assistance_recipients", "2011", .baseline, 100_000, nil, .exact),
        ("003", "ho-chi-minh", "social_work_staff", "2011", .baseline, 5000, nil, .atLeast),
        ("003", "ho-chi-minh", "social_work_staff_facilities", "2011", .baseline, 2000, nil, .atLeast),
        ("003", "ho-chi-minh", "social_work_staff_local", "2011", .baseline, 1000, nil, .atLeast),
        ("003", "ho-chi-minh", "social_work_staff_departments", "2011", .baseline, 1000, nil, .exact),
        ("003", "ho-chi-minh", "social_work_staff_associations", "2011", .baseline, 500, nil, .atLeast),
        ("003", "ho-chi-minh", "social_work_staff_private", "2011", .baseline, 500, nil, .atLeast),
        ("003", "ho-chi-minh", "social_protection_facilities", "2011", .baseline, 90, nil, .atLeast),
        ("003", "ho-chi-minh", "public_social_protection_facilities", "2011", .baseline, 30, nil, .exact),
        ("003", "ho-chi-minh", "communes", "2011", .baseline, 322, nil, .exact),
        ("003", "ho-chi-minh", "districts", "2011", .baseline, 24, nil, .exact),
        // 004: news report on Bến Tre's 2021–2025 plan
        ("004", "ben-tre", "units_with_social_workers_pct", "2021-2025", .target, 30, nil, .exact),
        ("004", "ben-tre", "social_workers_per_unit", "2021-2025", .target, 1, 2, .exact),
        ("004", "ben-tre", "staff_trained_pct", "2021-2025", .target, 15, nil, .atLeast),
        ("004", "ben-tre", "facilities_providing_services_pct", "2021-2025", .target, 50, nil, .atLeast),
        ("004", "ben-tre", "assisted_people_increase_pct", "2021-2025", .target, 20, nil, .exact),
        ("004", "ben-tre", "special_children_assisted_pct", "2021-2025", .target, 85, nil, .atLeast),
        ("004", "ben-tre", "trainees_degree", "2021-2025", .target, 200, nil, .exact),
        ("004", "ben-tre", "trainees_degree_per_year", "2021-2025", .target, 40, nil, .exact),
        ("004", "ben-tre", "specialist_trainings_per_year", "2021-2025", .target, 2, nil, .atLeast),
        ("004", "ben-tre", "health_staff_trained", "2021-2025", .target, 25, nil, .exact),
        ("004", "ben-tre", "health_staff_trained_per_year", "2021-2025", .target, 5, nil, .exact),
        // Decision 112/QĐ-TTg (2021–2030)
        ("112", "vn", "units_with_social_workers_pct", "2021-2025", .target, 60, nil, .exact),
        ("112", "vn", "units_with_social_workers_pct", "2026-2030", .target, 90, nil, .exact),
        ("112", "vn", "social_workers_per_unit", "2021-2025", .target, 1, 2, .exact),
        ("112", "vn", "staff_trained_pct", "2021-2025", .target, 30, nil, .atLeast),
        ("112", "vn", "staff_trained_pct", "2026-2030", .target, 40, nil, .exact),
        ("112", "vn", "facilities_providing_services_pct", "2021-2025", .target, 50, nil, .atLeast),
        ("112", "vn", "facilities_providing_services_pct", "2026-2030", .target, 60, nil, .atLeast),
        ("112", "vn", "assisted_people_increase_pct", "2021-2025", .target, 20, nil, .exact),
        ("112", "vn", "assisted_people_increase_pct", "2026-2030", .target, 30, nil, .atLeast),
        ("112", "vn", "special_children_assisted_pct", "2021-2025", .target, 85, nil, .atLeast),
        ("112", "vn", "special_children_assisted_pct", "2026-2030", .target, 90, nil, .atLeast),
        // Decision 32/2010/QĐ-TTg (2010–2020)
        ("32", "vn", "trainees_total", "2010-2020", .target, 60_000, nil, .exact),
        ("32", "vn", "service_centres", "2010-2015", .target, 10, nil, .exact),
        ("32", "vn", "service_centres", "2014", .result, 30, nil, .exact),
    ]

    /// (source, jurisdiction, period, line id or "total", amount)
    static let budgets: [(String, String, String, String, Double)] = [
        ("001", "lai-chau", "2012", "awareness", 100_000_000),
        ("001", "lai-chau", "2012", "training", 529_000_000),
        ("001", "lai-chau", "2012", "service-centre", 2_000_000_000),
        ("001", "lai-chau", "2012", "services", 58_000_000),
        ("001", "lai-chau", "2012", "total", 2_687_000_000),
        ("003", "ho-chi-minh", "2011-2020", "total", 38_400_000_000),
        ("32", "vn", "2010-2020", "total", 2_347_400_000_000),
    ]

    static let content: Content? = ContentLoader(root: TempContent.repository.appendingPathComponent("content").path).load().content

    @Test func everySourceIsCovered() {
        #expect(Set(Self.figures.map(\.0) + Self.budgets.map(\.0)) == ["000", "001", "002", "003", "004", "112", "32"])
    }

    @Test func everyFigureOfTheSeedsIsInTheContent() throws {
        let content = try #require(Self.content)
        let figures = Dictionary(content.figures.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for (source, jurisdiction, indicator, period, kind, low, high, bound) in Self.figures {
            let key = FigureKey(jurisdiction: jurisdiction, indicator: indicator, period: try #require(try? Period.parse(period).get()), kind: kind)
            let figure = figures[key]
            #expect(figure?.quantity == Quantity(low: low, high: high ?? low, bound: bound), "seed \(source): \(key)")
        }
    }

    @Test func everyBudgetOfTheSeedsIsInTheContent() throws {
        let content = try #require(Self.content)
        for (source, jurisdiction, period, line, amount) in Self.budgets {
            let budget = content.budgets.first { $0.jurisdiction == jurisdiction && $0.period.description == period }
            let stated = line == "total" ? budget?.total : budget?.lines.first { $0.id == line }?.amount
            #expect(stated == .value(amount), "seed \(source): \(jurisdiction) \(period) budget \(line)")
        }
    }
}
