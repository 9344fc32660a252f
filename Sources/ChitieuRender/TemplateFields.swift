import ChitieuPages
import Mustache

/// The values every page shows many of, read by name rather than through a `Mirror`: a page's
/// navigation links, facts and tables were three quarters of the contexts templates made, each
/// reflected field by field. The names are the types' stored properties; a test checks each type
/// answers every one of them as `ReflectedContext` would.
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
