import Foundation
import ChitieuCore
import Yams

/// The keys of one YAML mapping, looked up by name, with missing required keys and unknown keys
/// (most often typos) reported where they stand.
struct Fields {
    let mapping: Node.Mapping
    let node: Node
    let reader: NodeReader

    var pairs: [(key: Node, value: Node)] { mapping.map { ($0.key, $0.value) } }

    var location: SourceLocation { reader.location(node) }

    func value(_ key: String) -> Node? {
        mapping.first { $0.key.scalar?.string == key }?.value
    }

    /// The value, or nil after an error at the mapping's own position.
    func required(_ key: String, in what: String) -> Node? {
        guard let node = value(key) else {
            reader.log.error(location, "\(what) is missing the required key '\(key)'")
            return nil
        }
        return node
    }

    /// Warns about every key not in `allowed`, suggesting the nearest allowed one.
    func warnUnknownKeys(allowed: [String], in what: String) {
        for (key, _) in pairs {
            guard let name = key.scalar?.string, !allowed.contains(name) else { continue }
            let hint = DidYouMean.hint(for: name, among: allowed)
                ?? "known keys: \(allowed.joined(separator: ", "))"
            reader.log.warning(reader.location(key), "unknown key '\(name)' in \(what) is ignored", hint: hint)
        }
    }
}
