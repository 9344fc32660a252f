import Mustache

/// A page context as templates see it. swift-mustache looks a key up by building a `Mirror` of
/// the object every time; for a page of tables that is most of a build. Here each struct's fields
/// are read once into a dictionary, and a field's own value is wrapped only when a template first
/// asks for it, so what no template shows (a table's rows, placed as `bodyHTML`) costs nothing.
final class ReflectedContext: MustacheParent {
    private let fields: [String: Any]
    private var wrapped: [String: Any?] = [:]

    private init(_ mirror: Mirror) {
        var fields: [String: Any] = [:]
        for case let (label?, value) in mirror.children { fields[label] = value }
        self.fields = fields
    }

    func child(named name: String) -> Any? {
        if let done = wrapped[name] { return done }
        let value = fields[name].flatMap(Self.wrap)
        wrapped[name] = .some(value)
        return value
    }

    /// Structs become contexts and arrays arrays of contexts; strings, numbers, booleans,
    /// dictionaries and values that name their own fields (`TemplateFields.swift`) stay as they
    /// are. An absent optional is nil, as swift-mustache's own lookup makes it, so templates
    /// behave the same with or without this cache.
    static func wrap(_ value: Any) -> Any? {
        if value is String || value is Bool || value is Int || value is Double { return value }
        if let named = value as? any MustacheParent { return named }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?: return ReflectedContext(mirror)
        case .optional?: return mirror.children.first.flatMap { wrap($0.value) }
        case .collection?, .set?: return mirror.children.compactMap { wrap($0.value) }
        default: return value
        }
    }
}

/// Named values as templates see them: the root of a page (`layout`, `page`, `t`) and a
/// language's strings (`{{t.key}}`). A class rather than a dictionary, as swift-mustache finds a
/// key by casting each object up the context stack, and a dictionary's conditional conformance
/// makes every such cast a slow search. Never changed once made, so pages share it.
final class NamedValues: MustacheParent, @unchecked Sendable {
    private let values: [String: Any]

    init(_ values: [String: Any]) {
        self.values = values
    }

    func child(named name: String) -> Any? { values[name] }
}
