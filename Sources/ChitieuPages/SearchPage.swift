import ChitieuCompute
import ChitieuCore
import ChitieuModel

/// `/search/`: every jurisdiction, indicator, plan and free page in Vietnamese alphabetical order,
/// readable without JavaScript; the theme's script filters them through the build-time index.
public struct SearchPage: Sendable {
    public struct Entry: Sendable {
        public let title: String
        /// What kind of page it is and a detail: `Tỉnh`, `Kế hoạch · Ninh Bình`.
        public let detail: String
        public let href: String
        /// The names in both languages without diacritics, lowercased (`ninh binh`; Đ → d), which
        /// the script matches a query folded the same way against.
        public let key: String
    }

    public let title: String
    public let intro: String
    public let indexHref: String
    public let entries: [Entry]
}

extension PageBuilder {
    /// The index file of this language, beside its search page: `search-index.json`, `en/search-index.json`.
    public var searchIndexPath: String { Route.prefix(language) + "search-index.json" }

    public func searchPage() -> PageOutput {
        let page = SearchPage(title: strings["search_title"], intro: strings["search_intro"],
                              indexHref: href(file: searchIndexPath), entries: searchEntries())
        return PageOutput(route: .search, language: language, template: "search", title: page.title, body: page)
    }

    func searchEntries() -> [SearchPage.Entry] {
        func entry(_ name: LocalizedText, _ route: Route, _ detail: String, _ terms: String...) -> SearchPage.Entry {
            let names = [name[language]] + content.site.languages.filter { $0 != language }.map { name[$0] } + terms
            var seen = Set<String>()
            let keys = names.map(SearchKey.fold).filter { !$0.isEmpty && seen.insert($0).inserted }
            return .init(title: name[language], detail: detail, href: href(route), key: keys.joined(separator: " "))
        }
        var entries = jurisdictions.map { entry($0.name, .jurisdiction($0.id), strings["level_\($0.level.rawValue)"], $0.id) }
        entries += indicators.map { entry($0.name, .indicator($0.id), strings["search_kind_indicator"], $0.id) }
        entries += content.plans.map { plan in
            entry(plan.title, .plan(plan.id), [strings["search_kind_plan"], name(plan.jurisdiction), plan.number].compactMap { $0 }.joined(separator: " · "),
                  plan.id, plan.number ?? "")
        }
        entries += content.pages.map { entry($0.title, .page($0.id), strings["search_kind_page"], $0.id) }
        return entries.sortedVietnamese { $0.title }
    }

    /// The index as JSON: an array of `{"title", "detail", "href", "key"}` in the page's order.
    public func searchIndexJSON() -> String {
        let items = searchEntries().map { entry in
            "{\"title\":\(JSONText.string(entry.title)),\"detail\":\(JSONText.string(entry.detail)),"
                + "\"href\":\(JSONText.string(entry.href)),\"key\":\(JSONText.string(entry.key))}"
        }
        return "[\n" + items.joined(separator: ",\n") + "\n]\n"
    }
}

/// How names and queries are compared: diacritics removed (Đ → d), lowercased, runs of anything
/// but letters and digits made one space. The search script folds a query the same way.
public enum SearchKey {
    public static func fold(_ text: String) -> String {
        Slug.asciiFolded(text).lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }
}
