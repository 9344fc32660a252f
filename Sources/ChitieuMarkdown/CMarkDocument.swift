import CCmarkGFM
import ChitieuCore
import Foundation

/// One parsed cmark-gfm document, owned: the parser and the node tree are freed when it goes away,
/// and nothing outside this target ever sees a C pointer.
final class CMarkDocument {
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    let parser: OpaquePointer
    let root: OpaquePointer

    init(_ text: String) {
        _ = Self.registered
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        for name in Self.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        var copy = text
        copy.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, buffer.count) }
        }
        self.parser = parser
        root = cmark_parser_finish(parser)
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// HTML of any node of this document; raw HTML nodes pass as they are (the tree was already
    /// made safe), so generated HTML survives.
    func html(_ node: OpaquePointer) -> String {
        guard let rendered = cmark_render_html(node, CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The nodes of the given types in document order, collected before any is changed. Types
    /// and events are compared by raw value: this runs over every node of a narrative, and an
    /// unoptimised build compares the imported C enums through a protocol witness, which made a
    /// tree of 260,000 code spans slow.
    func nodes(of types: [cmark_node_type]) -> [OpaquePointer] {
        let wanted = types.map(\.rawValue), done = CMARK_EVENT_DONE.rawValue, enter = CMARK_EVENT_ENTER.rawValue
        var nodes: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return nodes }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator).rawValue
            if event == done { break }
            guard event == enter, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node).rawValue
            var index = 0
            while index < wanted.count {
                if wanted[index] == type { nodes.append(node); break }
                index += 1
            }
        }
        return nodes
    }
}

/// Small typed views of a node.
enum CMarkNode {
    static func type(_ node: OpaquePointer) -> cmark_node_type { cmark_node_get_type(node) }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    static func fenceInfo(_ node: OpaquePointer) -> String {
        cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
    }

    static func isFenced(_ node: OpaquePointer) -> Bool {
        var length: Int32 = 0, offset: Int32 = 0
        var character: CChar = 0
        return cmark_node_get_fenced(node, &length, &offset, &character) != 0
    }

    /// A new node of `type` holding `literal` (text, code, or raw HTML).
    static func make(_ type: cmark_node_type, literal: String) -> OpaquePointer {
        let node = cmark_node_new(type)!
        cmark_node_set_literal(node, literal)
        return node
    }

    /// Replaces `old` with `new` in the tree and frees `old` with its children.
    static func replace(_ old: OpaquePointer, with new: OpaquePointer) {
        cmark_node_replace(old, new)
        cmark_node_free(old)
    }

    /// The text of a node and its descendants, for heading ids.
    static func text(_ node: OpaquePointer) -> String {
        var parts: [String] = []
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let kind = type(child)
            if kind == CMARK_NODE_TEXT || kind == CMARK_NODE_CODE { parts.append(literal(child)) }
            if kind == CMARK_NODE_SOFTBREAK || kind == CMARK_NODE_LINEBREAK { parts.append(" ") }
        }
        return parts.joined()
    }
}
