import Foundation

/// Text made as UTF-8 bytes and turned into a string or file data once. Appending to a `String`
/// checks its capacity, its uniqueness and its ASCII flag for every piece, and a table's rows or
/// the data export are hundreds of thousands of small pieces: that was most of making them.
///
/// The bytes are held in memory of its own rather than an array: an array's append checks that
/// its storage is unique and goes through the general sequence path for every piece, which was
/// most of appending. Not copyable, so no two buffers ever share that memory.
public struct UTF8Buffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    public init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append(bytes: $0) }
    }

    /// Text placed as it is: the generator's own markup, numbers, or text escaped already.
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(bytes: $0) }
    }

    public mutating func append(_ other: borrowing UTF8Buffer) {
        append(bytes: UnsafeBufferPointer(start: other.start, count: other.count))
    }

    /// Bytes made already, e.g. a line of another buffer.
    public mutating func append(_ raw: UnsafeRawBufferPointer) {
        append(bytes: raw.assumingMemoryBound(to: UInt8.self))
    }

    mutating func append(byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        start[count] = byte
        count += 1
    }

    mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (start + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    /// At least doubles, so appending stays linear.
    private mutating func grow(to needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: start, count: count)
        start.deallocate()
        start = moved
        capacity = larger
    }

    /// Text from the content, escaped as `HTMLText.escape` does it.
    public mutating func appendHTMLEscaped(_ text: String) {
        var text = text
        text.withUTF8 { appendHTMLEscaped(bytes: $0) }
    }

    private mutating func appendHTMLEscaped(bytes text: UnsafeBufferPointer<UInt8>) {
        guard text.contains(where: HTMLText.needsEscape) else {
            append(bytes: text)
            return
        }
        for byte in text {
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "\""): append("&quot;")
            case UInt8(ascii: "'"): append("&#39;")
            default: append(byte: byte)
            }
        }
    }

    public var isEmpty: Bool { count == 0 }

    /// How many bytes it holds.
    public var byteCount: Int { count }

    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        body(UnsafeRawBufferPointer(start: start, count: count))
    }

    public var text: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

    /// The bytes for a file, not decoded into a string on the way.
    public var data: Data { Data(bytes: start, count: count) }
}
