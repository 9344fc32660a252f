import Foundation
import ChitieuCore
import ChitieuModel
import Yams

/// Reads `site.yaml`.
struct SiteLoader {
    static let keys = [
        "title", "description", "languages", "base_url", "currency", "national", "current_period",
        "reporting_date", "report_years", "allow_raw_html",
    ]

    let reader: NodeReader

    func load(_ root: Node) -> SiteConfig? {
        guard let fields = reader.mapping(root, "site.yaml") else { return nil }
        fields.warnUnknownKeys(allowed: Self.keys, in: "site.yaml")
        let title = fields.required("title", in: "site.yaml").flatMap { reader.localized($0, "title") }
        let national = fields.required("national", in: "site.yaml").flatMap { reader.id($0, "national") }
        let period = fields.required("current_period", in: "site.yaml").flatMap { reader.period($0, "current_period") }
        let date = fields.required("reporting_date", in: "site.yaml").flatMap { reader.date($0, "reporting_date") }
        let languages = fields.value("languages").flatMap(languages) ?? [.vi, .en]
        guard let title, let national, let period, let date else { return nil }
        return SiteConfig(
            title: title,
            description: fields.value("description").flatMap { reader.localized($0, "description") },
            languages: languages,
            baseURL: fields.value("base_url").flatMap { reader.nonEmptyString($0, "base_url") } ?? "/",
            currency: fields.value("currency").flatMap { reader.nonEmptyString($0, "currency") } ?? "VND",
            nationalJurisdiction: national,
            currentPeriod: period,
            reportingDate: date,
            reportYears: fields.value("report_years").flatMap(years),
            allowRawHTML: fields.value("allow_raw_html").flatMap { reader.bool($0, "allow_raw_html") } ?? false,
            location: fields.location
        )
    }

    /// `report_years: [2024, 2025]`: whole years between 1900 and 2200, each once, in order.
    func years(_ node: Node) -> [Int]? {
        guard let texts = reader.strings(node, "report_years") else { return nil }
        var years: [Int] = []
        for text in texts {
            guard let year = Int(text), (1900...2200).contains(year) else {
                reader.error(node, "report year '\(text)' is not a year", hint: "write years such as [2024, 2025]")
                return nil
            }
            if !years.contains(year) { years.append(year) }
        }
        return years.sorted()
    }

    func languages(_ node: Node) -> [Language]? {
        guard let codes = reader.strings(node, "languages") else { return nil }
        var languages: [Language] = []
        for code in codes {
            guard let language = Language(rawValue: code) else {
                reader.error(node, "language '\(code)' is not supported", hint: "Chitieu renders 'vi' and 'en'")
                continue
            }
            if !languages.contains(language) { languages.append(language) }
        }
        guard languages.first == .vi else {
            reader.error(node, "languages must start with 'vi'", hint: "Vietnamese is the primary language: [vi, en]")
            return nil
        }
        return languages
    }
}
