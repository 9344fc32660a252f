import ChitieuCore

/// Builds SVG text: every string escaped, every coordinate printed with at most two decimals, so
/// the same chart is the same bytes on every run.
struct SVGWriter: ~Copyable {
    /// Made as bytes: a chart is hundreds of elements of a few attributes each, and string
    /// interpolation per attribute was most of drawing it.
    private var buffer = UTF8Buffer(capacity: 2048)

    var text: String { buffer.text }

    var isEmpty: Bool { buffer.isEmpty }

    /// Hundredths are printed with integer arithmetic below a billion, where they are what the
    /// shortest decimal of the rounded value shows: formatting the Double was 1% of a build.
    static func number(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        guard hundredths.magnitude < 100_000_000_000 else { return largeNumber(hundredths / 100) }
        let scaled = Int(hundredths)
        let whole = String(scaled.magnitude / 100)
        let fraction = scaled.magnitude % 100
        let sign = scaled < 0 ? "-" : ""
        guard fraction != 0 else { return scaled < 0 ? sign + whole : whole }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return sign + whole + "." + digits
    }

    /// Beyond any drawing's coordinates; printed rather than trapping on an infinite or huge value.
    static func largeNumber(_ rounded: Double) -> String {
        if rounded == rounded.rounded(), rounded.magnitude < 9e18 { return String(Int(rounded)) }
        return String(rounded)
    }

    /// An element with attributes in the order given, and escaped text as its content.
    mutating func element(_ name: String, _ attributes: [(String, String)], content: String? = nil) {
        start(name, attributes)
        guard let content else {
            buffer.append("/>\n")
            return
        }
        buffer.append(">")
        buffer.appendHTMLEscaped(content)
        end(name)
    }

    mutating func open(_ name: String, _ attributes: [(String, String)]) {
        start(name, attributes)
        buffer.append(">\n")
    }

    mutating func close(_ name: String) { end(name) }

    mutating func append(_ other: borrowing SVGWriter) { buffer.append(other.buffer) }

    private mutating func start(_ name: String, _ attributes: [(String, String)]) {
        buffer.append("<")
        buffer.append(name)
        for (key, value) in attributes {
            buffer.append(" ")
            buffer.append(key)
            buffer.append("=\"")
            buffer.appendHTMLEscaped(value)
            buffer.append("\"")
        }
    }

    private mutating func end(_ name: String) {
        buffer.append("</")
        buffer.append(name)
        buffer.append(">\n")
    }

    /// The hatch patterns the text refers to (`url(#<id>-hatch-N)`), in order.
    func hatchings(of id: String) -> [Int] {
        let marker = Array("#\(id)-hatch-".utf8)
        return buffer.withUnsafeBytes { bytes in
            var found = Set<Int>()
            var offset = 0
            while let hit = ByteSearch.firstOffset(of: marker, in: bytes, from: offset) {
                var number = 0, end = hit + marker.count
                while end < bytes.count, (48...57).contains(bytes[end]) {
                    number = number * 10 + Int(bytes[end] - 48)
                    end += 1
                }
                if end > hit + marker.count { found.insert(number) }
                offset = end
            }
            return found.sorted()
        }
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, extra: [(String, String)] = []) {
        element("rect", [("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(max(0, width))),
                         ("height", Self.number(height)), ("fill", fill)] + extra)
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        var attributes = [("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
                          ("stroke", stroke), ("stroke-width", Self.number(width))]
        if let dash { attributes.append(("stroke-dasharray", dash)) }
        element("line", attributes)
    }

    /// Text with an optional `<title>` child holding the full text when the shown one is shortened.
    mutating func label(_ shown: String, x: Double, y: Double, anchor: String = "start", weight: String? = nil, full: String? = nil, fill: String = ChartPalette.text) {
        var attributes = [("x", Self.number(x)), ("y", Self.number(y)), ("text-anchor", anchor), ("fill", fill)]
        if let weight { attributes.append(("font-weight", weight)) }
        start("text", attributes)
        buffer.append(">")
        if let full, full != shown {
            buffer.append("<title>")
            buffer.appendHTMLEscaped(full)
            buffer.append("</title>")
        }
        buffer.appendHTMLEscaped(shown)
        end("text")
    }
}
