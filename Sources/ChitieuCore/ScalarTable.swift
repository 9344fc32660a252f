/// Values for the scalars of a few ranges, worked out once and then read by index: the fast path
/// of folding and collating names, each table filled by the general code it stands in for, so the
/// two cannot disagree.
struct ScalarTable<Value: Sendable>: Sendable {
    private let values: [Value?]

    init(_ ranges: [ClosedRange<UInt32>], _ make: (Unicode.Scalar) -> Value?) {
        var values = [Value?](repeating: nil, count: Int(ranges.map(\.upperBound).max() ?? 0) + 1)
        for range in ranges {
            for value in range {
                if let scalar = Unicode.Scalar(value) { values[Int(value)] = make(scalar) }
            }
        }
        self.values = values
    }

    subscript(_ scalar: Unicode.Scalar) -> Value? {
        let index = Int(scalar.value)
        return index < values.count ? values[index] : nil
    }
}
