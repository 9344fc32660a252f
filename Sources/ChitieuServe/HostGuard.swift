import Foundation

/// Refuses requests not addressed to this server, against DNS rebinding: a page on another
/// site whose name is made to resolve to 127.0.0.1 still sends its own name as `Host`. Allowed
/// are the address served on, `localhost`, and IP literals, each with the port served on.
struct HostGuard: Sendable {
    let host: String
    let port: BoundPort

    func allows(_ authority: String?) -> Bool {
        guard let authority, let (name, port) = Self.split(authority), port == self.port.value else { return false }
        let lowered = name.lowercased()
        return lowered == host.lowercased() || lowered == "localhost" || Self.isIPLiteral(name)
    }

    /// The origin a same-origin request to `authority` carries.
    static func origin(of authority: String) -> String { "http://" + authority }

    /// `name:port` or `[v6]:port`; a missing port is HTTP's 80.
    static func split(_ authority: String) -> (String, Int)? {
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            let name = String(authority[authority.index(after: authority.startIndex)..<close])
            let rest = authority[authority.index(after: close)...]
            if rest.isEmpty { return (name, 80) }
            guard rest.hasPrefix(":"), let port = Int(rest.dropFirst()) else { return nil }
            return (name, port)
        }
        let parts = authority.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let name = parts.first, !name.isEmpty else { return nil }
        guard parts.count == 2 else { return (String(name), 80) }
        guard let port = Int(parts[1]) else { return nil }
        return (String(name), port)
    }

    static func isIPLiteral(_ name: String) -> Bool {
        var v4 = in_addr(), v6 = in6_addr()
        return inet_pton(AF_INET, name, &v4) == 1 || inet_pton(AF_INET6, name, &v6) == 1
    }

    /// Loopback addresses need no warning; any other is reachable from the network.
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}

/// The port served on: the one asked for, or the one the system chose for port 0.
final class BoundPort: @unchecked Sendable {
    private let lock = NSLock()
    private var port: Int

    init(_ port: Int) { self.port = port }

    var value: Int { lock.withLock { port } }

    func set(_ port: Int) { lock.withLock { self.port = port } }
}
