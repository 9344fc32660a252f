import Foundation
import Hummingbird

/// One file of the built site as the server answers it: its bytes, content type and a strong
/// ETag. HTML files also know where their `</body>` is, for the preview snippet.
struct ServedFile: Sendable {
    /// The build's own bytes, not a copy: a page a rebuild took unchanged from the last one
    /// shares them, which `holds` sees without reading them.
    let data: Data
    let contentType: String
    let etag: String
    /// Offset of the last `</body>` in an HTML file.
    let bodyEnd: Int?

    init(path: String, data: Data) {
        self.data = data
        contentType = MediaTypes.type(of: path)
        etag = Self.fingerprint(data)
        bodyEnd = contentType.hasPrefix("text/html") ? Self.lastBodyEnd(in: data) : nil
    }

    var isHTML: Bool { bodyEnd != nil }

    var bytes: ByteBuffer { ByteBuffer(bytes: data) }

    /// Whether a new build made the same bytes, so this file and its ETag can stay.
    func holds(_ built: Data) -> Bool {
        data.withUnsafeBytes { served in
            built.withUnsafeBytes { other in
                guard served.count == other.count else { return false }
                guard let left = served.baseAddress, let right = other.baseAddress, left != right else { return true }
                return memcmp(left, right, served.count) == 0
            }
        }
    }

    /// FNV-1a of the bytes: the same file gets the same ETag after a restart.
    static func fingerprint(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    static func lastBodyEnd(in data: Data) -> Int? {
        let marker = Data("</body>".utf8)
        return data.range(of: marker, options: .backwards).map { $0.lowerBound - data.startIndex }
    }
}

/// Content types by file extension, with a charset for text. Unknown extensions are served as
/// bytes, never guessed from the content.
enum MediaTypes {
    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "json": "application/json",
        "csv": "text/csv; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "xml": "application/xml",
        "atom": "application/atom+xml",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "ico": "image/x-icon",
        "pdf": "application/pdf",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "webmanifest": "application/manifest+json",
    ]

    static func type(of path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }
}
