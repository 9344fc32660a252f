extension Sequence {
    /// Sorted by a key made once per element, in the same order as a stable sort by the key:
    /// a key made inside the comparison is made twice per comparison, and a sort of whole values
    /// (rows of strings) moves and retains them in every merge.
    @inlinable public func sorted<Key>(byKey key: (Element) -> Key, by areInIncreasingOrder: (Key, Key) -> Bool) -> [Element] {
        let elements = Array(self)
        let keys = elements.map(key)
        return keys.indices.sorted { areInIncreasingOrder(keys[$0], keys[$1]) }.map { elements[$0] }
    }
}

extension Sequence where Element == String {
    /// Each distinct string's place among them in sorted order: the places compare as the
    /// strings do, and sorting by integers is several times faster than by strings.
    public func ranks() -> [String: Int] {
        Dictionary(uniqueKeysWithValues: Set(self).sorted().enumerated().map { ($1, $0) })
    }
}
