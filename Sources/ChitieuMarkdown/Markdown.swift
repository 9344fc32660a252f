import CCmarkGFM
import ChitieuCore

/// Markdown to HTML through cmark-gfm, with the tree made safe (raw HTML shown as text unless
/// allowed), Chitieu's roles and embeds resolved, and headings given ids, all on the node tree.
public enum Markdown {
    /// `origin` is where the text starts in its file; diagnostics and resolver locations are
    /// positions in that file.
    public static func render(_ text: String, origin: SourceLocation, options: MarkdownOptions = MarkdownOptions(),
                              resolver: (any MarkdownResolver)? = nil) -> RenderedMarkdown {
        let refused = options.limits.scan(text, origin: origin)
        guard refused.isEmpty else { return .refused(refused) }
        let document = CMarkDocument(text)
        // Split on the newline byte: splitting on "\n" as a Character walks grapheme clusters
        // (slow on half a megabyte) and never splits "\r\n", one Character.
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        let tree = TreeRewriter(document: document, origin: origin, lines: lines,
                                options: options, resolver: resolver)
        tree.rewriteInlinesAndBlocks()
        let numbers = tree.writtenNumbers()
        let headings = tree.rewriteHeadings()
        let html = tree.embeds.fill(document.html(document.root))
        guard html.utf8.count <= options.limits.maxOutputBytes else {
            return .refused([.error(origin, "narrative renders to \(html.utf8.count) bytes of HTML; the limit is \(options.limits.maxOutputBytes)")])
        }
        return RenderedMarkdown(html: html, headings: headings, excerptHTML: excerpt(document), numbers: numbers, diagnostics: [])
    }

    /// The first top-level paragraph, rendered.
    static func excerpt(_ document: CMarkDocument) -> String {
        var child = cmark_node_first_child(document.root)
        while let node = child {
            if CMarkNode.type(node) == CMARK_NODE_PARAGRAPH { return document.html(node) }
            child = cmark_node_next(node)
        }
        return ""
    }
}
