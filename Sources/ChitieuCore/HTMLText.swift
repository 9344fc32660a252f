/// Escapes text for HTML and XML content and attribute values alike (`&`, `<`, `>`, `"`, `'`):
/// every name, unit, source and narrative value Chitieu places itself goes through here. It works
/// on UTF-8 bytes, and most texts need nothing escaped: those come back as they are.
public enum HTMLText {
    public static func escape(_ string: String) -> String {
        let utf8 = string.utf8
        // Scanned in place where the bytes are contiguous (always, for native strings): scanning
        // through the view's indices was 2% of a build.
        let clean = utf8.withContiguousStorageIfAvailable { !$0.contains(where: needsEscape) } ?? !utf8.contains(where: needsEscape)
        guard !clean else { return string }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
