@testable import ChitieuCompute
import ChitieuModel
import Testing

@Suite struct FormulaUnitsTests {
    static let units: [String: IndicatorUnit] = [
        "pct_a": .percent, "pct_b": .percent, "budget": .base("vnd"), "people": .base("person"),
        "trainees": .base("person"), "points": .points,
    ]

    func infer(_ text: String) -> Result<FormulaUnits.Inferred, FormulaError> {
        guard case .success(let expression) = FormulaParser.parse(text) else { return .failure(FormulaError("parse", at: -1)) }
        return FormulaUnits(knownNames: Self.units.keys.sorted()) { Self.units[$0] }.infer(expression)
    }

    func unit(_ text: String) -> String? {
        if case .success(.unit(let unit)) = infer(text) { return unit.description }
        return nil
    }

    func failure(_ text: String) -> FormulaError? {
        if case .failure(let error) = infer(text) { return error }
        return nil
    }

    @Test func percentMinusPercentIsPoints() {
        #expect(unit("pct_a - pct_b") == "pp")
        #expect(unit("pct_a + pct_b") == "percent")
        #expect(unit("pct_a + points") == "percent")
    }

    @Test func divisionMakesCompoundUnits() {
        #expect(unit("budget / people") == "VND/person")
        #expect(unit("ratio(budget, people)") == "VND/person")
        #expect(unit("per_year(trainees)") == "person/year")
        #expect(unit("people / trainees") == "ratio")
        #expect(unit("share(trainees, people)") == "percent")
        #expect(unit("budget * 2") == "VND")
        #expect(unit("1 / people") == "1/person")
    }

    @Test func mismatchedUnitsAreErrorsAtTheOperator() {
        #expect(failure("budget + people") == FormulaError("cannot add VND and person", at: 7, hint: "both sides of + and − need the same unit"))
        #expect(failure("share(budget, people)")?.message == "share needs arguments in one unit, not VND and person")
        #expect(failure("pct_a * pct_b")?.message == "a percentage can only be multiplied or divided by a number")
        #expect(failure("sum(pct_a, budget)") != nil)
    }

    @Test func unknownNamesAndFunctionsSuggest() {
        #expect(failure("budgte / people") == FormulaError("unknown indicator 'budgte'", at: 0, hint: "did you mean 'budget'?"))
    }
}
