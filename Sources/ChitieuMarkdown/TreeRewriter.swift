import Foundation
import CCmarkGFM
import ChitieuCore

/// The passes over a parsed tree: inline roles and raw inline HTML, then blocks (raw HTML blocks
/// and `chitieu-` embeds), then headings. Each pass collects the nodes afresh and never visits a
/// node it has freed: a freed node's memory is soon reused by the nodes put in its place.
struct TreeRewriter {
    let document: CMarkDocument
    let origin: SourceLocation
    let lines: [Substring]
    let options: MarkdownOptions
    let resolver: (any MarkdownResolver)?
    /// Embeds' HTML, put in after cmark renders: its tag filter would escape an SVG's `<title>`.
    let embeds = EmbedPlaceholders()

    /// Roles, raw HTML and embeds.
    func rewriteInlinesAndBlocks() {
        var freed: Set<OpaquePointer> = []
        for node in document.nodes(of: [CMARK_NODE_TEXT, CMARK_NODE_HTML_INLINE, CMARK_NODE_LINK, CMARK_NODE_IMAGE]) where !freed.contains(node) {
            let type = CMarkNode.type(node).rawValue
            if type == CMARK_NODE_TEXT.rawValue, let code = resolveRole(after: node) { freed.insert(code) }
            if type == CMARK_NODE_HTML_INLINE.rawValue && !options.allowRawHTML {
                CMarkNode.replace(node, with: CMarkNode.make(CMARK_NODE_TEXT, literal: CMarkNode.literal(node)))
            }
            if type == CMARK_NODE_LINK.rawValue || type == CMARK_NODE_IMAGE.rawValue { dropDangerousURL(node) }
        }
        for node in document.nodes(of: [CMARK_NODE_HTML_BLOCK, CMARK_NODE_CODE_BLOCK]) {
            let type = CMarkNode.type(node).rawValue
            if type == CMARK_NODE_HTML_BLOCK.rawValue && !options.allowRawHTML { escapeBlock(node) }
            if type == CMARK_NODE_CODE_BLOCK.rawValue { resolveEmbed(node) }
        }
    }

    func rewriteHeadings() -> [Heading] {
        var ids: [String: Int] = [:]
        return document.nodes(of: [CMARK_NODE_HEADING]).map { rewriteHeading($0, ids: &ids) }
    }

    /// A role is a text ending in `{name}` right before a code span. Returns the code span it
    /// freed, if it resolved one.
    func resolveRole(after text: OpaquePointer) -> OpaquePointer? {
        guard let resolver, let code = cmark_node_next(text), CMarkNode.type(code) == CMARK_NODE_CODE else { return nil }
        let literal = CMarkNode.literal(text)
        guard literal.hasSuffix("}"), let open = literal.lastIndex(of: "{") else { return nil }
        let name = String(literal[literal.index(after: open)..<literal.index(before: literal.endIndex)])
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        let location = self.location(of: text, offsetInLiteral: literal[..<open].utf8.count)
        guard let html = resolver.inlineRole(name: name, argument: CMarkNode.literal(code), at: location) else { return nil }
        cmark_node_set_literal(text, String(literal[..<open]))
        CMarkNode.replace(code, with: CMarkNode.make(CMARK_NODE_HTML_INLINE, literal: html))
        return code
    }

    func resolveEmbed(_ block: OpaquePointer) {
        let info = CMarkNode.fenceInfo(block).split(separator: " ").first.map(String.init) ?? ""
        guard let resolver, CMarkNode.isFenced(block), info.hasPrefix("chitieu-") else { return }
        let location = self.location(of: block, offsetInLiteral: 0)
        guard let html = resolver.embed(kind: String(info.dropFirst("chitieu-".count)), body: CMarkNode.literal(block), at: location) else { return }
        CMarkNode.replace(block, with: CMarkNode.make(CMARK_NODE_HTML_BLOCK, literal: embeds.add(html, avoiding: lines) + "\n"))
    }

    /// The tree renders with cmark's unsafe option, so generated HTML survives; so would a link to
    /// `javascript:` (`&#106;avascript:` too: cmark has decoded it by now). Those lose their
    /// destination, as cmark's own safe mode does: script schemes, files, and data other than images.
    func dropDangerousURL(_ node: OpaquePointer) {
        guard let pointer = cmark_node_get_url(node) else { return }
        let url = String(cString: pointer).drop { $0 == " " || $0 == "\t" }.lowercased()
        let images = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        let dangerous = ["javascript:", "vbscript:", "file:", "data:"].contains { url.hasPrefix($0) } && !images.contains { url.hasPrefix($0) }
        if dangerous { cmark_node_set_url(node, "") }
    }

    /// Raw HTML a site has not allowed is shown as the text it is.
    func escapeBlock(_ block: OpaquePointer) {
        let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)!
        var literal = CMarkNode.literal(block)
        while literal.hasSuffix("\n") { literal.removeLast() }
        cmark_node_append_child(paragraph, CMarkNode.make(CMARK_NODE_TEXT, literal: literal))
        CMarkNode.replace(block, with: paragraph)
    }

    /// Puts the heading back as `<hN id="…">` with a unique ASCII id, so a table of contents and
    /// links can point at it. cmark renders a heading as exactly `<hN>…</hN>\n`; only those tags change.
    func rewriteHeading(_ heading: OpaquePointer, ids: inout [String: Int]) -> Heading {
        let source = Int(cmark_node_get_heading_level(heading))
        let level = min(6, source + options.headingShift)
        let text = CMarkNode.text(heading)
        var id = Slug.make(text).isEmpty ? "section" : Slug.make(text)
        ids[id, default: 0] += 1
        if ids[id]! > 1 { id += "-\(ids[id]!)" }
        id = options.idPrefix + id
        var inner = document.html(heading)
        while inner.hasSuffix("\n") { inner.removeLast() }
        let open = "<h\(source)>", close = "</h\(source)>"
        if inner.hasPrefix(open) && inner.hasSuffix(close) { inner = String(inner.dropFirst(open.count).dropLast(close.count)) }
        CMarkNode.replace(heading, with: CMarkNode.make(CMARK_NODE_HTML_BLOCK, literal: "<h\(level) id=\"\(id)\">\(inner)</h\(level)>\n"))
        return Heading(level: level, text: text, id: id)
    }

    /// The file position of a byte offset inside a text node, in Unicode scalars like every other
    /// column Chitieu reports; falls back to the enclosing block's line when cmark gives none.
    func location(of node: OpaquePointer, offsetInLiteral: Int) -> SourceLocation {
        var line = Int(cmark_node_get_start_line(node)), byteColumn = Int(cmark_node_get_start_column(node))
        if line == 0, let parent = cmark_node_parent(node) {
            line = Int(cmark_node_get_start_line(parent))
            byteColumn = Int(cmark_node_get_start_column(parent))
        }
        let target = byteColumn + offsetInLiteral
        guard line >= 1, line <= lines.count else { return origin }
        let text = lines[line - 1].utf8
        let prefix = text.prefix(max(0, target - 1))
        let column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(file: origin.file, line: origin.line + line - 1, column: column)
    }
}

/// Stand-ins for generated HTML blocks: comments no narrative contains, swapped for the HTML
/// once cmark has rendered the tree.
final class EmbedPlaceholders {
    private var blocks: [(placeholder: String, html: String)] = []
    private var prefix: String?

    func add(_ html: String, avoiding lines: [Substring]) -> String {
        if prefix == nil {
            var candidate = "chitieu-embed"
            while Self.anyLine(of: lines, contains: candidate) { candidate += "-x" }
            prefix = candidate
        }
        let placeholder = "<!--\(prefix!)-\(blocks.count + 1)-->"
        blocks.append((placeholder, html.hasSuffix("\n") ? String(html.dropLast()) : html))
        return placeholder
    }

    /// Compared as bytes: Foundation's search for it was a tenth of rendering the narratives.
    static func anyLine(of lines: [Substring], contains text: String) -> Bool {
        let needle = Array(text.utf8)
        return lines.contains { line in
            var line = line
            return line.withUTF8 { ByteSearch.firstOffset(of: needle, in: UnsafeRawBufferPointer($0)) != nil }
        }
    }

    /// One pass over the rendered HTML: a replacement per placeholder searched the whole page
    /// again each time, through Foundation, and was a tenth of a preview rebuild.
    func fill(_ html: String) -> String {
        guard let prefix, !blocks.isEmpty else { return html }
        let byPlaceholder = Dictionary(blocks.map { (Array($0.placeholder.utf8), $0.html) }, uniquingKeysWith: { first, _ in first })
        let opening = Array("<!--\(prefix)-".utf8), closing = Array("-->".utf8)
        var html = html
        return html.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var filled = "", copied = 0, from = 0
            filled.reserveCapacity(bytes.count + blocks.reduce(0) { $0 + $1.html.utf8.count })
            while let start = ByteSearch.firstOffset(of: opening, in: raw, from: from) {
                guard let end = ByteSearch.firstOffset(of: closing, in: raw, from: start + opening.count) else { break }
                let after = end + closing.count
                from = after
                guard let block = byPlaceholder[Array(bytes[start..<after])] else { continue }
                filled += String(decoding: UnsafeBufferPointer(rebasing: bytes[copied..<start]), as: UTF8.self)
                filled += block
                copied = after
            }
            filled += String(decoding: UnsafeBufferPointer(rebasing: bytes[copied...]), as: UTF8.self)
            return filled
        }
    }
}
