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
