@testable import ChitieuCore
import Foundation
import Testing

/// The tables that fold and collate names scalar by scalar must agree with the general
/// decomposition on every text they accept, and must accept Vietnamese names, or they save nothing.
@Suite struct LetterTableTests {
    /// Precomposed Vietnamese letters, the same letters decomposed, lone marks, other scripts,
    /// digits and punctuation: every way a name can arrive.
    static let pieces: [String] = {
        let vietnamese = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵẠẶẬỆỌỘỢỤỰỴ").map(String.init)
        let decomposed = vietnamese.map(\.decomposedStringWithCanonicalMapping)
        let others = ["\u{0301}", "\u{0323}", "\u{031B}", "\u{0306}", "ά", "ß", "Æ", "ǅ", "ﬁ", "é", "ñ", "ø", "Ω", "中", "1", "9", " ", "-", ",", "(", "·", "–", "\u{1E9E}", "ǘ"]
        return vietnamese + decomposed + others
    }()

    static func randomTexts(_ count: Int) -> [String] {
        var generator = SplitMix(seed: 2026)
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    @Test func foldingByTableAgreesWithDecomposing() {
        for text in Self.randomTexts(20_000) {
            #expect(Slug.asciiFolded(text) == Slug.decomposedFolding(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(Slug.asciiFolded("Đồng Tháp – Ưu tiên") == "Dong Thap – Uu tien")
    }

    @Test func collatingByTableAgreesWithDecomposing() {
        var tabulated = 0
        for text in Self.randomTexts(20_000) {
            guard let letters = VietnameseLetter.tabulatedLetters(of: text) else { continue }
            tabulated += 1
            #expect(letters == VietnameseLetter.letters(of: text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(tabulated > 1_000)
        #expect(VietnameseLetter.tabulatedLetters(of: "Thành phố Hồ Chí Minh, Bà Rịa–Vũng Tàu (2025)") != nil)
        #expect(VietnameseLetter.tabulatedLetters(of: "Hô\u{0300}") == nil)
    }
}

/// A seeded generator, so a failure can be reproduced.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
