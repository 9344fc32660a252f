/// HTML made as UTF-8 bytes and turned into a string once. Appending to a `String` checks its
/// capacity, its uniqueness and its ASCII flag for every piece, and a table's rows are thousands
/// of small pieces: that was most of making them.
public struct HTMLBuffer {
    private var bytes: [UInt8] = []

    public init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text the generator made itself (markup, numbers), placed as it is.
    public mutating func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: text.utf8)
        }
    }

    /// Text from the content, escaped as `HTMLText.escape` does it.
    public mutating func appendEscaped(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped(bytes: $0) }) == nil {
            appendEscaped(bytes: Array(text.utf8))
        }
    }

    private mutating func appendEscaped(bytes text: some Collection<UInt8>) {
        guard text.contains(where: HTMLText.needsEscape) else {
            bytes.append(contentsOf: text)
            return
        }
        for byte in text {
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "\""): append("&quot;")
            case UInt8(ascii: "'"): append("&#39;")
            default: bytes.append(byte)
            }
        }
    }

    public mutating func append(_ other: HTMLBuffer) {
        bytes += other.bytes
    }

    public var isEmpty: Bool { bytes.isEmpty }

    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        bytes.withUnsafeBytes(body)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
