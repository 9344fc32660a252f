import Foundation

/// Text made as UTF-8 bytes and turned into a string or file data once. Appending to a `String`
/// checks its capacity, its uniqueness and its ASCII flag for every piece, and a table's rows or
/// the data export are hundreds of thousands of small pieces: that was most of making them.
public struct UTF8Buffer {
    private var bytes: [UInt8] = []

    public init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text placed as it is: the generator's own markup, numbers, or text escaped already.
    public mutating func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: text.utf8)
        }
    }

    public mutating func append(_ other: UTF8Buffer) {
        bytes += other.bytes
    }

    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Text from the content, escaped as `HTMLText.escape` does it.
    public mutating func appendHTMLEscaped(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ appendHTMLEscaped(bytes: $0) }) == nil {
            appendHTMLEscaped(bytes: Array(text.utf8))
        }
    }

    private mutating func appendHTMLEscaped(bytes text: some Collection<UInt8>) {
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

    public var isEmpty: Bool { bytes.isEmpty }

    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        bytes.withUnsafeBytes(body)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The bytes for a file, not decoded into a string on the way.
    public var data: Data { Data(bytes) }
}
