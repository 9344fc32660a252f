import Foundation
import ChitieuCore
import ChitieuModel
import Yams

/// Reads `jurisdictions.yaml`: a list of jurisdictions.
struct JurisdictionLoader {
    static let keys = [
        "id", "name", "level", "parent", "code", "population", "valid_from", "valid_until",
        "successors", "predecessors",
    ]

    let reader: NodeReader

    func load(_ root: Node) -> [Jurisdiction] {
        guard let entries = reader.sequence(root, "jurisdictions.yaml") else { return [] }
        return entries.compactMap(jurisdiction)
    }

    func jurisdiction(_ node: Node) -> Jurisdiction? {
        guard let fields = reader.mapping(node, "a jurisdiction") else { return nil }
        fields.warnUnknownKeys(allowed: Self.keys, in: "a jurisdiction")
        let id = fields.required("id", in: "a jurisdiction").flatMap { reader.id($0, "id") }
        let name = fields.required("name", in: "a jurisdiction").flatMap { reader.localized($0, "name") }
        let level = fields.required("level", in: "a jurisdiction").flatMap(level)
        guard let id, let name, let level else { return nil }
        return Jurisdiction(
            id: id, name: name, level: level,
            parent: fields.value("parent").flatMap { reader.id($0, "parent") },
            code: fields.value("code").flatMap { reader.nonEmptyString($0, "code") },
            population: fields.value("population").map(population) ?? [],
            validFrom: fields.value("valid_from").flatMap { reader.date($0, "valid_from") },
            validUntil: fields.value("valid_until").flatMap { reader.date($0, "valid_until") },
            successors: ids(fields.value("successors"), "successors"),
            predecessors: ids(fields.value("predecessors"), "predecessors"),
            location: fields.location
        )
    }

    func level(_ node: Node) -> Jurisdiction.Level? {
        guard let text = reader.string(node, "level") else { return nil }
        guard let level = Jurisdiction.Level(rawValue: text) else {
            let names = Jurisdiction.Level.allCases.map(\.rawValue)
            reader.error(node, "level '\(text)' is not known",
                         hint: DidYouMean.hint(for: text, among: names) ?? "use one of \(names.joined(separator: ", "))")
            return nil
        }
        return level
    }

    func ids(_ node: Node?, _ what: String) -> [String] {
        guard let node, let items = reader.sequence(node, what) else { return [] }
        return items.compactMap { reader.id($0, what) }
    }

    func population(_ node: Node) -> [PopulationFigure] {
        guard let items = reader.sequence(node, "population") else { return [] }
        return items.compactMap { item in
            guard let fields = reader.mapping(item, "a population figure") else { return nil }
            fields.warnUnknownKeys(allowed: ["year", "value", "source"], in: "a population figure")
            let year = fields.required("year", in: "a population figure").flatMap { reader.period($0, "year") }
            let value = fields.required("value", in: "a population figure").flatMap { reader.number($0, "population") }
            let source = fields.required("source", in: "a population figure").flatMap { reader.nonEmptyString($0, "source") }
            guard let year, let value, let source else { return nil }
            if value < 0 { reader.error(item, "population \(value.plain) is negative") }
            return PopulationFigure(year: year.start, value: value, source: source, location: fields.location)
        }
    }
}
