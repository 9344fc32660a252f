/// The languages Chitieu renders: Vietnamese first, English second. Each has its own number,
/// date and wording conventions, so the set is closed rather than any BCP 47 tag.
public enum Language: String, Hashable, Sendable, CaseIterable, Comparable {
    case vi, en

    /// Vietnamese is the primary language; it sorts first everywhere.
    public static func < (a: Language, b: Language) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A text given in one or more languages. Falls back to the first language present, so a page in
/// English still shows a name that only exists in Vietnamese.
public struct LocalizedText: Hashable, Sendable {
    public private(set) var values: [Language: String]

    public init(_ values: [Language: String]) {
        self.values = values
    }

    public init(vi: String, en: String? = nil) {
        var values: [Language: String] = [.vi: vi]
        if let en { values[.en] = en }
        self.values = values
    }

    public subscript(language: Language) -> String {
        if let text = values[language] { return text }
        for fallback in Language.allCases { if let text = values[fallback] { return text } }
        return ""
    }

    /// True when the language has its own text rather than a fallback.
    public func has(_ language: Language) -> Bool { values[language] != nil }

    public var isEmpty: Bool { values.values.allSatisfy(\.isEmpty) }
}
