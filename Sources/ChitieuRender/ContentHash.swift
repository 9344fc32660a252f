import Foundation

/// A short, stable fingerprint of bytes for cache-busting file names (FNV-1a, 64 bits). Not a
/// security hash: it only has to change when the bytes change.
enum ContentHash {
    static func hex(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let text = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - text.count) + text).prefix(10))
    }
}
