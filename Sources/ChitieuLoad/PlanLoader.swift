import Foundation
import ChitieuCore
import ChitieuModel
import Yams

/// Reads one `plans/<id>.md`: metadata and figures from the front matter, the narrative from the body.
struct PlanLoader {
    static let keys = [
        "number", "kind", "title", "date", "issuing_body", "signer", "jurisdiction", "sector", "periods",
        "source", "summary", "targets", "results", "baselines", "budgets",
    ]

    let id: String
    let file: String
    let log: DiagnosticLog

    func load(_ text: String) -> Plan? {
        guard let frontMatter = FrontMatter.read(text, file: file, log: log) else { return nil }
        guard let yaml = frontMatter.yaml else {
            log.error(SourceLocation(file: file, line: 1, column: 1), "plan has no front matter",
                      hint: "start the file with a '---' line, the plan's YAML metadata, and another '---' line")
            return nil
        }
        let reader = NodeReader(file: file, lineOffset: frontMatter.yamlLineOffset, log: log)
        guard let root = YAMLText.parse(yaml, file: file, lineOffset: frontMatter.yamlLineOffset, log: log),
              let fields = reader.mapping(root, "front matter") else { return nil }
        fields.warnUnknownKeys(allowed: Self.keys, in: "a plan's front matter")
        guard var plan = metadata(fields, reader: reader) else { return nil }
        let figures = FigureReader(reader: reader, plan: plan.id, jurisdiction: plan.jurisdiction)
        for kind in Figure.Kind.allCases {
            if let node = fields.value(kind.groupKey) { plan.figures += figures.group(node, kind: kind) }
        }
        if let node = fields.value("budgets") {
            plan.budgets = BudgetReader(reader: reader, plan: plan.id, jurisdiction: plan.jurisdiction).budgets(node)
        }
        if frontMatter.hasBody {
            plan.narratives[.vi] = Narrative(markdown: frontMatter.body, location: SourceLocation(file: file, line: frontMatter.bodyLine, column: 1))
        } else {
            log.warning(SourceLocation(file: file), "plan has no narrative", hint: "write what the plan sets out to do below the front matter")
        }
        return plan
    }

    func metadata(_ fields: Fields, reader: NodeReader) -> Plan? {
        let title = fields.required("title", in: "a plan").flatMap { reader.localized($0, "title") }
        let jurisdiction = fields.required("jurisdiction", in: "a plan").flatMap { reader.id($0, "jurisdiction") }
        let kind = fields.required("kind", in: "a plan").flatMap { reader.nonEmptyString($0, "kind") }
        let source = fields.required("source", in: "a plan").flatMap { documentSource($0, reader: reader) }
        guard let title, let jurisdiction, let kind, let source else { return nil }
        return Plan(
            id: id,
            number: fields.value("number").flatMap { reader.nonEmptyString($0, "number") },
            kind: kind, title: title,
            date: fields.value("date").flatMap { reader.date($0, "date") },
            issuingBody: fields.value("issuing_body").flatMap { reader.localized($0, "issuing_body") } ?? LocalizedText([:]),
            signer: fields.value("signer").flatMap { reader.nonEmptyString($0, "signer") },
            jurisdiction: jurisdiction,
            sector: fields.value("sector").flatMap { reader.nonEmptyString($0, "sector") },
            periods: fields.value("periods").flatMap { periods($0, reader: reader) } ?? [],
            source: source,
            summary: fields.value("summary").flatMap { reader.localized($0, "summary") },
            location: SourceLocation(file: file, line: 1, column: 1)
        )
    }

    func periods(_ node: Node, reader: NodeReader) -> [Period]? {
        if node.scalar != nil { return reader.period(node, "periods").map { [$0] } }
        return reader.sequence(node, "periods")?.compactMap { reader.period($0, "a period") }
    }

    func documentSource(_ node: Node, reader: NodeReader) -> DocumentSource? {
        if node.scalar != nil { return reader.nonEmptyString(node, "source").map { DocumentSource(citation: $0) } }
        guard let fields = reader.mapping(node, "source") else { return nil }
        fields.warnUnknownKeys(allowed: ["seed", "url", "citation"], in: "a plan's source")
        let source = DocumentSource(
            seed: fields.value("seed").flatMap { reader.nonEmptyString($0, "seed") },
            url: fields.value("url").flatMap { reader.nonEmptyString($0, "url") },
            citation: fields.value("citation").flatMap { reader.nonEmptyString($0, "citation") }
        )
        guard !source.isEmpty else {
            reader.error(node, "the plan's source is empty, so its figures have no source",
                         hint: "give at least one of 'seed', 'url' or 'citation'")
            return nil
        }
        return source
    }
}

extension Figure.Kind {
    /// The front-matter key that groups figures of this kind.
    var groupKey: String {
        switch self {
        case .target: return "targets"
        case .result: return "results"
        case .baseline: return "baselines"
        }
    }
}
