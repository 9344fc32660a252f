import ChitieuModel

/// Arithmetic on stated quantities. Ranges follow interval arithmetic; a bound ("at least")
/// survives an operation that is monotonic in it, and flips where the operation decreases in it
/// (`100 − at least 30` is at most 70). Mixing bounds that pull opposite ways has no honest
/// answer, so it gives nil.
extension Quantity {
    /// +1 when the true value may be higher than stated, −1 when lower, 0 when exact.
    var direction: Int {
        switch bound {
        case .exact: return 0
        case .atLeast: return 1
        case .atMost: return -1
        }
    }

    /// Sign of an interval: +1 wholly positive, −1 wholly negative, 0 when it touches zero.
    var sign: Int { low > 0 ? 1 : high < 0 ? -1 : 0 }

    static func make(_ low: Double, _ high: Double, directions: [Int]) -> Quantity? {
        let nonZero = Set(directions.filter { $0 != 0 })
        guard nonZero.count <= 1 else { return nil }
        let bound: Bound = nonZero.first == 1 ? .atLeast : nonZero.first == -1 ? .atMost : .exact
        guard low.isFinite, high.isFinite else { return nil }
        return Quantity(low: low, high: high, bound: bound)
    }

    static func + (a: Quantity, b: Quantity) -> Quantity? {
        make(a.low + b.low, a.high + b.high, directions: [a.direction, b.direction])
    }

    static func - (a: Quantity, b: Quantity) -> Quantity? {
        make(a.low - b.high, a.high - b.low, directions: [a.direction, -b.direction])
    }

    static prefix func - (a: Quantity) -> Quantity {
        Quantity(low: -a.high, high: -a.low, bound: a.bound == .atLeast ? .atMost : a.bound == .atMost ? .atLeast : .exact)
    }

    static func * (a: Quantity, b: Quantity) -> Quantity? {
        let products = [a.low * b.low, a.low * b.high, a.high * b.low, a.high * b.high]
        guard let directions = directions(a, b, da: b.sign, db: a.sign) else { return nil }
        return make(products.min()!, products.max()!, directions: directions)
    }

    /// Nil when the divisor may be zero; callers report that separately.
    static func / (a: Quantity, b: Quantity) -> Quantity? {
        guard b.sign != 0 else { return nil }
        let quotients = [a.low / b.low, a.low / b.high, a.high / b.low, a.high / b.high]
        guard let directions = directions(a, b, da: b.sign, db: -a.sign) else { return nil }
        return make(quotients.min()!, quotients.max()!, directions: directions)
    }

    /// A bound on an input whose effect has no definite sign can't be carried: nil.
    static func directions(_ a: Quantity, _ b: Quantity, da: Int, db: Int) -> [Int]? {
        if (a.direction != 0 && da == 0) || (b.direction != 0 && db == 0) { return nil }
        return [a.direction * da, b.direction * db]
    }

    static func minimum(_ a: Quantity, _ b: Quantity) -> Quantity? {
        make(Swift.min(a.low, b.low), Swift.min(a.high, b.high), directions: [a.direction, b.direction])
    }

    static func maximum(_ a: Quantity, _ b: Quantity) -> Quantity? {
        make(Swift.max(a.low, b.low), Swift.max(a.high, b.high), directions: [a.direction, b.direction])
    }
}
