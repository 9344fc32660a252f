import ChitieuCore

/// A content folder in the real format, shaped like a national deployment and marked synthetic
/// everywhere a reader looks: 63 former provinces merged into 34 units on 1 July 2025, 30
/// indicators (10 computed), yearly results 2010–2025, plans with budgets and narratives. Scale N
/// adds districts so that the site has about N times the pages. The same N gives the same bytes.
public struct SyntheticSite: Sendable {
    public let scale: Int

    public init(scale: Int) {
        self.scale = max(1, scale)
    }

    /// Path in the content folder → file text.
    public func files() -> [String: String] {
        let units = SyntheticUnits(scale: scale)
        let indicators = SyntheticIndicators()
        var files: [String: String] = [
            "site.yaml": Self.siteYAML,
            "jurisdictions.yaml": units.yaml(),
            "indicators.yaml": indicators.yaml(),
            "data/results.csv": SyntheticResults(units: units, indicators: indicators).csv(),
            "pages/about.md": Self.aboutVI,
            "pages/about.en.md": Self.aboutEN,
        ]
        for plan in SyntheticPlans(units: units, indicators: indicators).all() {
            files["plans/\(plan.id).md"] = plan.vi
            files["plans/\(plan.id).en.md"] = plan.en
        }
        return files
    }

    static let siteYAML = """
    # SYNTHETIC DATA made by chitieu-synth for benchmarks: no figure here describes a real place.
    title:
      vi: Dữ liệu giả lập – chỉ tiêu công tác xã hội
      en: Synthetic data – social work targets
    description:
      vi: Bộ dữ liệu giả lập quy mô toàn quốc, chỉ dùng để đo tốc độ; không phải số liệu thật.
      en: A synthetic national-scale dataset, for measuring speed only; not real figures.
    languages: [vi, en]
    base_url: /
    currency: VND
    national: vn
    current_period: 2021-2025
    reporting_date: 2025-12-15
    allow_raw_html: false

    """

    static let aboutVI = "---\ntitle: {vi: Giới thiệu, en: About}\n---\nĐây là **dữ liệu giả lập** do `chitieu-synth` tạo ra để đo tốc độ. Không có con số nào mô tả một địa phương có thật.\n"
    static let aboutEN = "---\ntitle: About\n---\nThis is **synthetic data** made by `chitieu-synth` to measure speed. No figure describes a real place.\n"
}

/// Deterministic numbers: a linear congruential step over a seed.
struct Noise {
    static func value(_ seed: Int, _ range: ClosedRange<Int>) -> Int {
        var x = UInt64(truncatingIfNeeded: seed &* 2_654_435_761 &+ 1_013_904_223)
        x ^= x >> 13
        x = x &* 0x5bd1e995
        x ^= x >> 15
        return range.lowerBound + Int(x % UInt64(range.count))
    }
}
