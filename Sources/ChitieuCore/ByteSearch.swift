import Foundation

/// Finding bytes in bytes with `memchr` and `memcmp`: Foundation's `range(of:)` on `Data` and
/// substring search on `String` compare from every offset and were hot spots on national pages.
public enum ByteSearch {
    /// The offset of the first `needle` in `haystack` at or after `start`, or nil.
    public static func firstOffset(of needle: [UInt8], in haystack: UnsafeRawBufferPointer, from start: Int = 0) -> Int? {
        guard let first = needle.first, let base = haystack.baseAddress, needle.count <= haystack.count else { return nil }
        let last = haystack.count - needle.count
        var offset = start
        while offset <= last, let hit = memchr(base + offset, Int32(first), last - offset + 1) {
            let found = base.distance(to: UnsafeRawPointer(hit))
            if needle.withUnsafeBytes({ memcmp(hit, $0.baseAddress!, needle.count) }) == 0 { return found }
            offset = found + 1
        }
        return nil
    }
}
