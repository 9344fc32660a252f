@testable import ChitieuCompute
import ChitieuModel
import PropertyBased
import Testing

/// Random token soups and random values: the parser, the unit checker and the evaluator must
/// answer (a value, a missing value or an error), never crash or hang.
@Suite struct FormulaPropertyTests {
    static let pieces = [
        "a", "b", "c", "1", "0", "2.5", "100", "+", "-", "*", "/", "(", ")", ",", " ",
        "share(", "per_year(", "ratio(", "per_1000(", "sum(", "min(", "max(", "growth(", "unknown(", "$",
    ]

    @Test func randomFormulasNeverCrash() async {
        let formula = Gen.element(of: Self.pieces).map { $0 ?? "" }.array(of: 0...40).map { $0.joined() }
        let number = Gen.double(in: -1e6...1e6)
        await propertyCheck(count: 2000, input: formula, number, number) { text, x, y in
            guard case .success(let expression) = FormulaParser.parse(text) else { return }
            let units: [String: IndicatorUnit] = ["a": .percent, "b": .base("person"), "c": .base("vnd")]
            _ = FormulaUnits(knownNames: ["a", "b", "c"]) { units[$0] }.infer(expression)
            let inputs: [String: Quantity] = ["a": .value(x), "b": .range(min(x, y), max(x, y)), "c": .atLeast(y)]
            let outcome = FormulaEvaluator(period: Period(start: 2021, end: 2025)) { inputs[$0] }.evaluate(expression)
            if case .value(let quantity) = outcome {
                #expect(quantity.low <= quantity.high)
                #expect(quantity.low.isFinite && quantity.high.isFinite)
            }
        }
    }
}
