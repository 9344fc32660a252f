@testable import ChitieuCore
@testable import ChitieuLoad
@testable import ChitieuModel
import Foundation
import Testing

/// Every CSV field is read through byte-level fast paths for the forms data files use; each must
/// give exactly what the general reading gives, on any text. Random texts from an alphabet of
/// the characters that matter (digits, both dashes, dots, signs, spaces of three kinds, letters).
struct FieldFastPathTests {
    static let alphabet: [String] = ["0", "1", "2", "9", "0", "-", "–", ".", ",", " ", "\t", "\u{00A0}", "e", "+", "a", "_", "đ", "z"]

    static func texts(count: Int, seed: UInt64) -> [String] {
        var seed = seed, texts: [String] = ["", "2012", "2021-2025", "2025-2021", "1899", "2201-2300", "0", "-0", "0012", "-07.5", "0.5", "12.",
                                            ".5", "-", "1e3", "2687000000", String(repeating: "9", count: 400), " 12", "12\t", "ab--c", "-ab", "a_b"]
        for _ in 0..<count {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(seed >> 60) + 1
            var text = "", state = seed
            for _ in 0..<length {
                state = state &* 2_862_933_555_777_941_757 &+ 3_037_000_493
                text += alphabet[Int(state >> 59) % alphabet.count]
            }
            texts.append(text)
        }
        return texts
    }

    @Test func numbersReadAsTheCheckedReadingReadsThem() {
        for text in Self.texts(count: 30_000, seed: 7) {
            let fast = Scalars.number(text), checked = Scalars.checkedNumber(text)
            switch (fast, checked) {
            case (.success(let a), .success(let b)): #expect(a.bitPattern == b.bitPattern, "\(text)")
            default: #expect(fast == checked, "\(text)")
            }
        }
    }

    @Test func periodsReadAsAnyFormIsRead() {
        for text in Self.texts(count: 30_000, seed: 11) {
            #expect(Period.parse(text) == Period.parseAnyForm(text), "\(text)")
        }
    }

    @Test func idsAreValidExactlyAsTheirScalarsSay() {
        func scalarsAllowed(_ id: String) -> Bool {
            guard let first = id.unicodeScalars.first, let last = id.unicodeScalars.last else { return false }
            let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
            return allowed && first != "-" && first != "_" && last != "-" && last != "_" && !id.contains("--")
        }
        for text in Self.texts(count: 30_000, seed: 13) { #expect(Slug.isValid(text) == scalarsAllowed(text), "\(text)") }
    }

    @Test func trimmingSpacesTrimsAsFoundationDoes() {
        for text in Self.texts(count: 30_000, seed: 17) {
            #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces), "\(text)")
        }
    }
}
