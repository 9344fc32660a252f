import ChitieuPages
import Mustache

/// The values pages show many of, read by name rather than through a `Mirror`: the layout and its
/// navigation links, facts, tables, and the entries of lists, reports and search were nine tenths
/// of the contexts templates made, each reflected field by field. The names are the types' stored
/// properties; a test checks each type answers every one of them as `ReflectedContext` would.
extension Layout.Link: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "text": text
        case "current": current
        default: nil
        }
    }
}

extension JurisdictionPage.Fact: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "term": term
        case "detail": detail
        case "href": href
        default: nil
        }
    }
}

extension Table: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "caption": caption
        case "bodyHTML": bodyHTML
        case "headHTML": headHTML
        case "csvHref": csvHref
        case "csvPath": csvPath
        case "notes": notes
        case "chart": chart
        case "chartHref": chartHref
        case "chartPath": chartPath
        case "columns": ReflectedContext.wrap(columns)
        case "rows": ReflectedContext.wrap(rows)
        default: nil
        }
    }
}

extension Layout: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "siteTitle": siteTitle
        case "pageTitle": pageTitle
        case "description": description
        case "homeHref": homeHref
        case "nav": nav
        case "switchHref": switchHref
        case "switchText": switchText
        case "switchLang": switchLang
        case "stylesheetHref": stylesheetHref
        case "feedHref": feedHref
        case "canonical": canonical
        case "dataHref": dataHref
        case "scriptHrefs": scriptHrefs
        default: nil
        }
    }
}

extension JurisdictionPage.PlanLink: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "title": title
        case "meta": meta
        case "excerptHTML": excerptHTML
        default: nil
        }
    }
}

extension ReportPage.Section: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        default: nil
        }
    }
}

extension ReportPage.Source: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "citation": citation
        case "url": url
        default: nil
        }
    }
}

extension ListPage.Item: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "text": text
        case "detail": detail
        default: nil
        }
    }
}

extension SearchPage.Entry: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "detail": detail
        case "href": href
        case "key": key
        default: nil
        }
    }
}

extension ChartFigure: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "caption": caption
        case "svg": svg
        case "svgHref": svgHref
        case "csvHref": csvHref
        default: nil
        }
    }
}
