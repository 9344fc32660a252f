import ChitieuCore
@testable import ChitieuPages
@testable import ChitieuRender
import Mustache
import Testing

/// The types that name their fields for templates answer every stored property, as reflecting
/// them would: a property added to one of them and not named would vanish from the templates.
struct TemplateFieldsTests {
    static func expectSameFields(_ value: some MustacheParent) {
        for case let (label?, field) in Mirror(reflecting: value).children {
            let reflected = ReflectedContext.wrap(field), named = value.child(named: label)
            #expect((reflected == nil) == (named == nil), "\(type(of: value)).\(label)")
            switch (reflected, named) {
            case (let a as String, let b as String): #expect(a == b, "\(label)")
            case (let a as Bool, let b as Bool): #expect(a == b, "\(label)")
            case (let a as [Any], let b as [Any]): #expect(a.count == b.count, "\(label)")
            case (nil, nil): break
            default: Issue.record("\(type(of: value)).\(label): \(String(describing: reflected)) against \(String(describing: named))")
            }
        }
        #expect(value.child(named: "noSuchField") == nil)
    }

    @Test func linksFactsAndTablesAnswerEveryStoredProperty() {
        Self.expectSameFields(Layout.Link(href: "/vi/", text: "Trang chủ", current: true))
        Self.expectSameFields(JurisdictionPage.Fact(term: "Dân số", detail: "1.000.000", href: "/plans/a/"))
        Self.expectSameFields(JurisdictionPage.Fact(term: "Diện tích", detail: "—", href: nil))
        var table = Table(id: "t", caption: "Chỉ tiêu", columns: [.init(text: "Tỉnh", numeric: false), .init(text: "2025", numeric: true)],
                          rows: [.init(header: .init(text: "Lai Châu"), cells: [.init(text: "60%", numeric: true)])])
        table.notes = ["Nguồn: kế hoạch"]
        table.chart = "<svg/>"
        table.csvHref = "/t.csv"
        Self.expectSameFields(table)
    }

    @Test func layoutsAndEntriesAnswerEveryStoredProperty() {
        Self.expectSameFields(Layout(lang: "vi", siteTitle: "Chỉ tiêu", pageTitle: "Lai Châu – Chỉ tiêu", description: "d", homeHref: "/",
                                     nav: [Layout.Link(href: "/a/", text: "A", current: false)], switchHref: "/en/", switchText: "English",
                                     switchLang: "en", stylesheetHref: "/s.css", feedHref: "/feed.xml", canonical: "/", dataHref: "/data/values.csv",
                                     scriptHrefs: ["/sortable.js"]))
        Self.expectSameFields(JurisdictionPage.PlanLink(href: "/plans/p/", title: "Kế hoạch", meta: "2021–2025", excerptHTML: "<p>x</p>"))
        Self.expectSameFields(ReportPage.Section(id: "s", title: "Mục tiêu"))
        Self.expectSameFields(ReportPage.Source(title: "Quyết định", citation: "số 1", url: "https://example.org"))
        Self.expectSameFields(ReportPage.Source(title: "Quyết định", citation: "số 1", url: nil))
        Self.expectSameFields(ListPage.Item(href: "/a/", text: "Đà Nẵng", detail: "Thành phố"))
        Self.expectSameFields(SearchPage.Entry(title: "Ninh Bình", detail: "Tỉnh", href: "/n/", key: "ninh binh"))
        Self.expectSameFields(ChartFigure(caption: "Biểu đồ", svg: "<svg/>", svgHref: "/c.svg", csvHref: "/c.csv"))
    }
}
