import ChitieuCore
import Testing

@Suite struct ByteSearchTests {
    func offset(_ needle: String, in haystack: String, from start: Int = 0) -> Int? {
        Array(haystack.utf8).withUnsafeBytes { ByteSearch.firstOffset(of: Array(needle.utf8), in: $0, from: start) }
    }

    @Test func findsTheFirstWholeMatchAfterNearMisses() {
        #expect(offset("plans/a/\"", in: "<a href=\"/plans/ab/\"><a href=\"/plans/a/\">") == 31)
        #expect(offset("abc", in: "ababc") == 2)
        #expect(offset("abc", in: "ababc", from: 3) == nil)
        #expect(offset("c", in: "abc") == 2)
        #expect(offset("abcd", in: "abc") == nil)
        #expect(offset("", in: "abc") == nil)
        #expect(offset("đ", in: "Đà Nẵng đây") == 12)  // bytes, not characters: Đ, à and ẵ take 2, 2 and 3
    }
}
