import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client on a blocking socket: it sends the request line exactly as
/// written (URLSession would normalise `..` away) and any `Host`. Runs on GCD's threads, never
/// on the threads the server's tasks need.
struct RawHTTP {
    struct Answer {
        let status: Int
        let headers: [String: String]
        let body: Data

        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error { let what: String }

    let port: Int

    func get(_ target: String, method: String = "GET", host: String? = nil, headers: [String: String] = [:]) async throws -> Answer {
        try await Self.offPool { [self] in try getNow(target, method: method, host: host, headers: headers) }
    }

    /// The same, blocking the calling thread.
    func getNow(_ target: String, method: String = "GET", host: String? = nil, headers: [String: String] = [:]) throws -> Answer {
        var request = "\(method) \(target) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        let socket = try Self.connect(port)
        defer { close(socket) }
        try Self.send(socket, request)
        return try Self.parse(Self.readAll(socket))
    }

    /// On a thread of its own: blocked GCD threads would starve the tasks answering requests.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    static func connect(_ port: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(what: "socket") }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure(what: "connect: \(String(cString: strerror(errno)))")
        }
        return socket
    }

    static func send(_ socket: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw Failure(what: "send") }
            sent += count
        }
    }

    static func readAll(_ socket: Int32) throws -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count == 0 { return data }
            guard count > 0 else { throw Failure(what: "recv: \(String(cString: strerror(errno)))") }
            data.append(contentsOf: buffer[..<count])
        }
    }

    static func parse(_ bytes: Data) throws -> Answer {
        guard let split = bytes.range(of: Data("\r\n\r\n".utf8)) else { throw Failure(what: "no header end in \(bytes.count) bytes") }
        let head = String(decoding: bytes[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = head.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else {
            throw Failure(what: "bad status line")
        }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Answer(status: status, headers: headers, body: bytes[split.upperBound...])
    }
}

/// An open reload stream, read as it comes.
final class EventStream: @unchecked Sendable {
    private let socket: Int32
    private var received = ""

    init(port: Int) async throws {
        socket = try await RawHTTP.offPool { try RawHTTP.connect(port) }
        try RawHTTP.send(socket, "GET /__chitieu/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
    }

    deinit { close(socket) }

    /// Reads until the text received so far contains `text`; everything up to it is consumed.
    func next(containing text: String) async throws -> String {
        try await RawHTTP.offPool { [self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !received.contains(text) {
                let count = recv(socket, &buffer, buffer.count, 0)
                guard count > 0 else { throw RawHTTP.Failure(what: "the stream ended before '\(text)'") }
                received += String(decoding: buffer[..<count], as: UTF8.self)
            }
            let range = received.range(of: text)!
            let upTo = String(received[..<range.upperBound])
            received = String(received[range.upperBound...])
            return upTo
        }
    }
}
