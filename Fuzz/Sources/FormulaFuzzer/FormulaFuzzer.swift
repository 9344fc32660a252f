import CLibFuzzer
import ChitieuCompute
import ChitieuModel
import Foundation

/// Hands control to libFuzzer, which calls `fuzzFormula` with each input it makes.
@main enum FormulaFuzzer {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzFormula(bytes!, count) })
    }
}

/// One fuzz input: parse it as a formula and, when it parses, check its units and evaluate it
/// with inputs of every quantity shape. Any crash, hang or non-finite value is a finding.
func fuzzFormula(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    guard case .success(let expression) = FormulaParser.parse(text) else { return 0 }
    let units: [String: IndicatorUnit] = ["a": .percent, "b": .base("person"), "c": .base("vnd"), "d": .ratio]
    _ = FormulaUnits(knownNames: Array(units.keys)) { units[$0] }.infer(expression)
    let inputs: [String: Quantity] = ["a": .value(60), "b": .range(-2, 1e12), "c": .atLeast(0), "d": .atMost(-0.5)]
    let outcome = FormulaEvaluator(period: Period(start: 2021, end: 2025)) { inputs[$0] }.evaluate(expression)
    if case .value(let quantity) = outcome {
        precondition(quantity.low.isFinite && quantity.high.isFinite, "non-finite value from \(text)")
        precondition(quantity.low <= quantity.high, "inverted range from \(text)")
    }
    return 0
}
